"""tearwise: understand why you (or your partner) cry during or after sex.

Private, offline and safety first. The public surface is deliberately small; the
command line (``tearwise``) and the web app are thin edges over :mod:`tearwise.app`.
"""

__version__ = "0.1.0"

__all__ = ["__version__"]
