"""Allow ``python -m tearwise``."""

from tearwise.cli import main

if __name__ == "__main__":
    main()
