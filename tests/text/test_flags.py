"""The red-flag layer on its own: many paraphrases, subtle ones, and near-misses.

These sentences were written for this test (not taken from the training accounts). Every
positive must raise its flag from the lexical layer alone, with no model: the layer that
catches red flags must not depend on the encoder being right.
"""

from __future__ import annotations

import pytest

from tearwise.text.flags import RULES, detect, detect_weighed

UNWANTED_PAIN = [
    "It hurt so much but I didn't say anything because I didn't want to ruin the night.",
    "i bit my lip and waited for him to finish, it was burning the whole time",
    "She told me it was sore but we kept going and she cried after.",
    "Penetration is agony for me and I just push through it for my husband.",
    "it stings every single time and i pretend its fine",
    "I asked her to slow down because it hurt and she didn't.",
    "Sex has been painful since the birth and I cry afterwards.",
    "we had to stop halfway because it was too painful and I burst into tears",
    "My vaginismus makes every attempt end in tears.",
    "he was way too rough, it really hurt, I never asked for that",
    "We agreed on spanking but it hurt way more than I wanted and I cried.",
    "sex still hurts like crazy and i keep letting him try because i feel like a bad wife if i dont",
]
TRAUMA_TRIGGER = [
    "When he held my wrists I had a flashback and started sobbing.",
    "I was abused as a kid and his aftershave brought it all back.",
    "Mid-sex I just left my body, like I wasn't there, the way I did when I was assaulted.",
    "her touch triggered me and i froze up crying",
    "That position reminded me of what my ex used to do to me.",
    "Something about the dark room takes me back to that night and I panic.",
    "i dissociated during sex again and came back crying",
    "He whispered the words my abuser used to say and I was fourteen again.",
    "Being held from behind brings it all back and I start sobbing.",
    "a memory of what happened at that party came back and I cried so hard I couldn't breathe",
]
CONSENT_CONCERN = [
    "I said no twice but he kept going.",
    "I didn't really want to but I gave in so he'd stop sulking.",
    "She kept pressuring me until I said fine, and I cried the whole time.",
    "I woke up to him already having sex with me.",
    "I was too drunk to say yes and I cried after.",
    "he took the condom off without asking me and i cried in the car",
    "I only sleep with him because he gets mad when I don't.",
    "I told her to stop and she said 'almost done' and carried on.",
    "I go along with it to avoid another fight, then cry in the shower.",
    "My boss made it clear my job depended on it.",
    "I wasn't ready but he said I owed him.",
    "He forced himself on me last week and I can't stop crying.",
]
SELF_HARM = [
    "After sex I cried and thought about killing myself.",
    "sometimes i think everyone would be better off without me",
    "I've started cutting again after we sleep together.",
    "He told me he wants to die and cried after we made love.",
    "I lay there wishing I could just disappear forever.",
    "honestly some nights I don't want to wake up",
    "I scratched my arms until they bled after he left.",
    "She has been hurting herself since it started.",
    "I counted how many pills I had.",
    "I'm not suicidal but I think about ending it a lot.",
    "kms honestly, cried for an hour after",
    "I had thoughts of ending my life afterwards.",
]
NEAR_MISSES = [
    ("It didn't hurt at all, I was just so happy.", "unwanted_pain"),
    ("I was scared it would hurt but it didn't.", "unwanted_pain"),
    ("No pain, no flashbacks, just happy tears.", "trauma_trigger"),
    ("No pain, no flashbacks, just happy tears.", "unwanted_pain"),
    ("I nearly died of embarrassment when I started crying.", "self_harm"),
    ("I was dying laughing when he fell off the bed, then I cried because I love him.", "self_harm"),
    ("We both wanted it, and it felt safe and slow.", "consent_concern"),
    ("I have never been abused and nothing triggered me, I just cry when I come.", "trauma_trigger"),
    ("Every time I climax my eyes water, I'm not sad at all.", "self_harm"),
    ("Every time I climax my eyes water, I'm not sad at all.", "consent_concern"),
    ("I asked for the spanking, the sting was exactly what I wanted, and I cried from the release.", "unwanted_pain"),
    ("He panicked and asked, did I hurt you? I said no, I was just so happy.", "unwanted_pain"),
    ("My eyes sting and water when I come, like they do in a dusty room.", "unwanted_pain"),
    ("I love her so much it hurts, and that is why I cry.", "unwanted_pain"),
    ("My mum's test results came back fine and I cried with relief in his arms.", "trauma_trigger"),
    ("We went back to his place, it was lovely, and I'm seeing him again on Friday.", "trauma_trigger"),
    ("He panicked when I cried, but I was shaking with happiness.", "trauma_trigger"),
]


@pytest.mark.parametrize("text", UNWANTED_PAIN)
def test_unwanted_pain_is_raised(text: str) -> None:
    assert "unwanted_pain" in detect(text)


@pytest.mark.parametrize("text", TRAUMA_TRIGGER)
def test_trauma_trigger_is_raised(text: str) -> None:
    assert "trauma_trigger" in detect(text)


@pytest.mark.parametrize("text", CONSENT_CONCERN)
def test_consent_concern_is_raised(text: str) -> None:
    assert "consent_concern" in detect(text)


@pytest.mark.parametrize("text", SELF_HARM)
def test_self_harm_is_raised(text: str) -> None:
    assert "self_harm" in detect(text)


@pytest.mark.parametrize(("text", "flag"), NEAR_MISSES)
def test_near_miss_does_not_raise(text: str, flag: str) -> None:
    assert flag not in detect(text)


def test_flag_comes_with_the_clause_that_raised_it() -> None:
    found = detect("We had a lovely evening. Later I told him I wanted to die. He held me.")
    assert found["self_harm"] == "Later I told him I wanted to die."


def test_red_flag_at_the_end_of_a_very_long_account_is_caught() -> None:
    filler = " ".join(f"We talked about work and the weather on day {i}." for i in range(120))
    assert "self_harm" in detect(filler + " Afterwards I thought about killing myself.")


def test_partner_perspective_is_caught() -> None:
    found = detect("My girlfriend said she has been cutting herself after we have sex.")
    assert "self_harm" in found


# A second, independent set of paraphrases (more oblique wording, partner perspective too).
MORE = [
    ("It felt like I was back in that room with him.", "trauma_trigger"),
    ("I could smell him, even though he's been gone for years, and I started to shake.", "trauma_trigger"),
    ("My body remembered what happened before my mind did.", "trauma_trigger"),
    ("I froze the way I used to when I was little.", "trauma_trigger"),
    ("I had a panic attack in the middle of sex because of what happened to me in college.", "trauma_trigger"),
    ("Suddenly I wasn't in the room anymore, I was somewhere else, like when it happened.", "trauma_trigger"),
    ("For a second I saw his face instead of my husband's.", "trauma_trigger"),
    ("The way she touched my hair was exactly how my uncle did it.", "trauma_trigger"),
    ("After years of abuse, some touches still set me off.", "trauma_trigger"),
    ("I zoned out completely during sex and came to crying, it happens since the assault.", "trauma_trigger"),
    ("It was like it was happening all over again.", "trauma_trigger"),
    ("My therapist says it's my PTSD from the attack showing up in bed.", "trauma_trigger"),
    ("He pinned my arms and I was fifteen again, crying on a bathroom floor.", "trauma_trigger"),
    ("Certain positions make me relive the rape.", "trauma_trigger"),
    ("I get these intrusive memories of my ex hurting me whenever we're intimate.", "trauma_trigger"),
    ("Sometimes I just want to disappear.", "self_harm"),
    ("I can't go on like this, I've been thinking about ending it.", "self_harm"),
    ("I don't see the point anymore.", "self_harm"),
    ("I've been having suicidal thoughts since the breakup.", "self_harm"),
    ("I hurt myself after he left, like I used to.", "self_harm"),
    ("I keep thinking about taking all my pills.", "self_harm"),
    ("I've been thinking about dying a lot.", "self_harm"),
    ("I don't want to exist anymore.", "self_harm"),
    ("After sex I went to the bathroom and punished myself with a razor.", "self_harm"),
    ("i relapsed on sh last night after we had sex", "self_harm"),
    ("Part of me wishes I wouldn't wake up tomorrow.", "self_harm"),
    ("I feel like the world would be better without me in it.", "self_harm"),
    ("I've started starving and cutting myself again.", "self_harm"),
    ("He said he doesn't want to be alive anymore.", "self_harm"),
    ("she told me she had a plan to kill herself", "self_harm"),
    ("I didn't know how to say no, so I just let it happen.", "consent_concern"),
    ("I froze and he kept going.", "consent_concern"),
    ("He wouldn't let me leave until we had sex.", "consent_concern"),
    ("I felt like I had to, so I did.", "consent_concern"),
    ("I didn't feel like I had a choice.", "consent_concern"),
    ("He got angry when I said no, so now I don't say it.", "consent_concern"),
    ("She guilt-tripped me into it again.", "consent_concern"),
    ("I was too drunk to remember agreeing.", "consent_concern"),
    ("He pushed my head down even though I pulled away.", "consent_concern"),
    ("It felt wrong but I couldn't make myself stop him.", "consent_concern"),
    ("I couldn't move and he didn't notice or didn't care.", "consent_concern"),
    ("I told him I wasn't in the mood and he did it anyway.", "consent_concern"),
    ("I just waited for it to be over.", "consent_concern"),
    ("I was afraid of what he'd do if I refused.", "consent_concern"),
    ("He kept touching me after I moved his hand away.", "consent_concern"),
    ("It was agony and I didn't want to make a fuss.", "unwanted_pain"),
    ("It was so painful but I didn't want him to feel bad, so I stayed quiet.", "unwanted_pain"),
    ("Every time we try it feels like tearing and I just put up with it.", "unwanted_pain"),
    ("It burned like fire the whole time.", "unwanted_pain"),
    ("The pain was unbearable and I cried.", "unwanted_pain"),
    ("I was so sore and raw afterwards I couldn't walk properly.", "unwanted_pain"),
    ("It hurt like hell but I let him finish.", "unwanted_pain"),
    ("Penetration feels like a knife every time.", "unwanted_pain"),
]
MORE_NEAR_MISSES = [
    ("I was never abused, nothing like that, I just cry when I come.", "trauma_trigger"),
    ("He stopped the second I said wait, and held me while I cried.", "consent_concern"),
    ("We both wanted it so much, it was our first time and it was perfect.", "consent_concern"),
    ("I'm not in any pain, it's just emotional.", "unwanted_pain"),
    ("I killed it at work today, then we had the best sex and I cried happy tears.", "self_harm"),
    ("I'd die for him, I love him so much, and that's why I cry.", "self_harm"),
]


def test_a_happy_account_raises_nothing() -> None:
    assert detect("We made love and it was so beautiful I cried.") == {}


# A third set: slang, non-native English, partner perspective, implied refusal.
THIRD = [
    ("she wasn't really into it but i kept going cause i thought she'd warm up", "consent_concern"),
    ("i kinda said no but he didnt hear it i guess", "consent_concern"),
    ("He is my husband so I cannot refuse him, it is his right.", "consent_concern"),
    ("My boyfriend says if I loved him I would do it, so I do.", "consent_concern"),
    ("I let him because saying no is not worth the fight.", "consent_concern"),
    ("he was so drunk he didn't remember and i was too scared to stop him", "consent_concern"),
    ("I was half asleep when it started.", "consent_concern"),
    ("My girlfriend was really out of it from the pills and I think I shouldn't have.", "consent_concern"),
    ("He threatened to post my photos if I didn't.", "consent_concern"),
    ("I didn't want to but he's my partner so I felt obligated.", "consent_concern"),
    ("It started consensual but then I wanted to stop and he didn't.", "consent_concern"),
    ("my partner keeps pushing for stuff i said i'm not ok with", "consent_concern"),
    ("I pretended to be into it because he gets moody otherwise.", "consent_concern"),
    ("He doesn't take no for an answer, ever.", "consent_concern"),
    ("she cried the whole time and i didnt stop. i should have.", "consent_concern"),
    ("in my culture the wife must always say yes, even when I don't want to.", "consent_concern"),
    ("she pressured me until i gave up and said whatever", "consent_concern"),
    ("I tapped out and he ignored it.", "consent_concern"),
    ("I tried to push him off but he was too heavy.", "consent_concern"),
    ("I don't remember saying yes.", "consent_concern"),
    ("smell of beer on his breath and suddenly i'm 12 again hiding in my room", "trauma_trigger"),
    ("He touched my neck and I panicked, my ex used to strangle me.", "trauma_trigger"),
    ("certain words he says take me right back to the worst night of my life", "trauma_trigger"),
    ("i go numb and leave my body whenever we're intimate, since what my stepdad did", "trauma_trigger"),
    ("My partner was abused as a child and sometimes during sex he goes somewhere else and cries.", "trauma_trigger"),
    ("It's like my body is back there even though my mind knows I'm safe.", "trauma_trigger"),
    ("When she said 'good girl' I heard him saying it and I broke down.", "trauma_trigger"),
    ("I get flashes of the assault when he's on top of me.", "trauma_trigger"),
    ("the war stuff comes back to him in bed sometimes and he cries and shakes", "trauma_trigger"),
    ("My therapist calls them body memories, they hit me in the middle of sex.", "trauma_trigger"),
    ("lowkey wanna kms after every hookup", "self_harm"),
    ("I wish I could sleep and never wake up.", "self_harm"),
    ("sometimes i think about driving into oncoming traffic on the way home from his place", "self_harm"),
    ("I've been saving up my sleeping pills.", "self_harm"),
    ("I keep thinking everyone would be happier if I was gone.", "self_harm"),
    ("He said he wanted to end it all and cried in my arms.", "self_harm"),
    ("i burn myself with cigarettes after", "self_harm"),
    ("I bang my head against the wall after sex until it hurts.", "self_harm"),
    ("I don't want to be here anymore.", "self_harm"),
    ("thinking about jumping off the bridge near my flat", "self_harm"),
    ("it felt like being ripped apart and i just lay there", "unwanted_pain"),
    ("the burning was awful but he wanted to keep going so i let him", "unwanted_pain"),
    ("It was very painful, I bled after, and I didn't tell him.", "unwanted_pain"),
    ("I grit my teeth through it every time because I don't want to disappoint her.", "unwanted_pain"),
    ("sex is agony since giving birth and I just endure it", "unwanted_pain"),
]
THIRD_NEAR_MISSES = [
    ("He asked if I was okay and I said yes, I really wanted it, and I cried from joy.", "consent_concern"),
    ("We agreed on everything beforehand and checked in the whole time.", "consent_concern"),
    ("I cried because it felt so safe, nothing like my past.", "trauma_trigger"),
    ("My ex cheated on me and I still think about it sometimes, it makes me sad.", "trauma_trigger"),
    ("I was dying to see him again and cried when he finally held me.", "self_harm"),
    ("Work is killing me, and the release during sex makes me cry.", "self_harm"),
    ("The spanking stung exactly the way I asked for and I cried happy tears.", "unwanted_pain"),
    ("He asked me to stop teasing him and I laughed and cried at once.", "consent_concern"),
]


# A fourth set, mostly trauma told obliquely (the weakest flag on the held-out split).
FOURTH = [
    ("Whenever he holds me from behind I'm back in that alley.", "trauma_trigger"),
    ("I was molested as a kid and sometimes sex just brings it all up again.", "trauma_trigger"),
    ("his weight on me made me feel trapped like back then and i started sobbing", "trauma_trigger"),
    ("She flinches when I touch her face and then cries; her last boyfriend hit her.", "trauma_trigger"),
    ("i had an episode during sex, one of my ptsd ones", "trauma_trigger"),
    ("The smell of his cologne was the same as my rapist's and I lost it.", "trauma_trigger"),
    ("I started hyperventilating because it reminded me of the night I was attacked.", "trauma_trigger"),
    ("As a survivor, some days intimacy opens old wounds and I cry.", "trauma_trigger"),
    ("my mind went blank and i was 9 years old again", "trauma_trigger"),
    ("He grabbed my hair and suddenly I was reliving my abusive marriage.", "trauma_trigger"),
    ("Certain positions trigger memories of what my ex did to me.", "trauma_trigger"),
    ("I kept seeing the face of the man who hurt me.", "trauma_trigger"),
    ("it brings up stuff from my childhood i don't like to talk about", "trauma_trigger"),
    ("She said the dark room made her feel like she was back at her uncle's house.", "trauma_trigger"),
    ("I froze and couldn't speak, the same way I did during the assault.", "trauma_trigger"),
    ("Ever since the rape, being touched there makes me cry.", "trauma_trigger"),
    ("I get triggered when he pins my wrists.", "trauma_trigger"),
    ("i zone out and feel like i'm watching from the ceiling", "trauma_trigger"),
    ("My husband's beard scratching my neck makes me remember my grandfather.", "trauma_trigger"),
    ("The panic comes out of nowhere in bed, my therapist says it's the old abuse.", "trauma_trigger"),
    ("I didn't say no, but I didn't say yes either.", "consent_concern"),
    ("He finished even though I was crying and asking him to stop.", "consent_concern"),
    ("i was too out of it to really agree", "consent_concern"),
    ("He just started and I didn't know how to stop it.", "consent_concern"),
    ("She wouldn't stop begging so I caved.", "consent_concern"),
    ("my husband forces me when I say no", "consent_concern"),
    ("I feel like I owe him sex because he pays for everything.", "consent_concern"),
    ("He made it clear I'd be sleeping on the couch if I didn't.", "consent_concern"),
    ("I only did it so he would stop yelling.", "consent_concern"),
    ("He got on top of me while I was sleeping.", "consent_concern"),
    ("I thought about hurting myself after he left.", "self_harm"),
    ("some days i think about just ending everything", "self_harm"),
    ("I'm tired of living like this.", "self_harm"),
    ("i have a plan, i just haven't done it", "self_harm"),
    ("my girlfriend said she doesn't want to live anymore", "self_harm"),
    ("I feel like disappearing forever would be easier.", "self_harm"),
    ("He told me he'd been cutting his thighs.", "self_harm"),
    ("im not gonna do anything but i think about death a lot after sex", "self_harm"),
]
FOURTH_NEAR_MISSES = [
    ("My past relationships were fine, nothing bad ever happened to me, I just cry from joy.", "trauma_trigger"),
    ("He held me from behind and I felt so safe I cried.", "trauma_trigger"),
    ("We talk about everything first and I always feel free to say no.", "consent_concern"),
    ("It's killing me that I can't explain the tears to him.", "self_harm"),
    ("I was so happy I could die.", "self_harm"),
]


# Fifth set, written after reading where the layer missed on the newer training accounts:
# overdoses and old injuries told in passing, triggers told through a smell or a body that
# "remembers", pressure told through what the partner does afterwards, and chat messages
# pasted on one line with " | " between them.
FIFTH = [
    ("Back in uni I swallowed way too many of my sleeping pills, I'm fine now, but sex makes me weepy.", "self_harm"),
    ("i was still cutting last spring so being touched at all feels huge", "self_harm"),
    ("After it I stood in the kitchen with a blade against my arm for a while.", "self_harm"),
    ("some nights after sex I think it would be a relief not to wake up", "self_harm"),
    ("Sometimes I think if a bus hits me on the way to work, fine.", "self_harm"),
    ("the darker thoughts are back since the breakup, and I cry after sex", "self_harm"),
    ("My arms are all scratched up again after sex and she says it's just stress", "self_harm"),
    ("His shampoo smells like my stepfather's did and I go rigid and cry.", "trauma_trigger"),
    ("my whole body remembers the years with him and I shake and cry", "trauma_trigger"),
    ("The pain dragged me right back to that hospital bed and the doctor who ignored me.", "trauma_trigger"),
    ("For a second I'm twelve and in that shed again, and then I'm sobbing.", "trauma_trigger"),
    ("I get a flash of his face and the tears start.", "trauma_trigger"),
    ("She says yes because she's scared I'll lose it if she doesn't.", "consent_concern"),
    ("When I told him it hurt he said relax and carried on.", "consent_concern"),
    ("I said it was too much and he kept going while I cried.", "consent_concern"),
    ("He doesn't slow down when I ask, he says I'll get used to it.", "consent_concern"),
    ("If I say no he won't speak to me for days, so I just give in now.", "consent_concern"),
    ("I'd had too much to drink to really decide anything.", "consent_concern"),
    ("my wife told me she's been doing it just for me, to keep me happy", "consent_concern"),
    ("He spanks a lot harder than I like and I never tell him.", "unwanted_pain"),
    ("It went well past what I could take and I cried through it.", "unwanted_pain"),
    ("she bit my neck way too hard and I teared up", "unwanted_pain"),
    ("i say its fine when he goes deep | it is not fine | it aches for hours", "unwanted_pain"),
]
FIFTH_NEAR_MISSES = [
    ("I cut my hair short after the breakup and cried about that, not the sex.", "self_harm"),
    ("We laughed so hard I thought I'd die, then I cried happy tears.", "self_harm"),
    ("My partner's perfume smells like summer and I cried because I felt so at home.", "trauma_trigger"),
    ("We slowed down when I asked and it felt lovely, I cried from relief.", "consent_concern"),
    ("He carried on holding me for an hour while I cried, which was perfect.", "consent_concern"),
]


# Sixth set: self-harm told the many ways people tell it (after a batch of training accounts
# written to show that variety), and two near-misses the broader patterns must leave alone.
SIXTH_SELF_HARM = [
    "Some days I'd honestly rather be dead than feel this dirty after sex.",
    "My wife says she wishes she'd never been born when the guilt hits.",
    "Two winters ago I tried to die, and that's in the back of my mind when I cry after.",
    "been having thoughts about unaliving myself since we broke up",
    "He said everyone would be better if he was not around and then he cried.",
    "Lately I keep thinking about going off the bridge on the drive home.",
    "I keep looking at the pills I saved from last year.",
    "After the last time I ended up in hospital, so I watch for the signs now.",
    "I slammed my fist into the wall until it bled after he left.",
    "I just want to lie down and not get up, ever.",
    "I've been 2 years SH-free and sex is the first thing that shook it.",
]
SIXTH_NEAR_MISSES = [
    ("I felt lighter than I have in months after we cried together.", "self_harm"),
    ("His jacket smelled of cigarette smoke and I laughed and cried, it was so him.", "self_harm"),
]


# Seventh set: what the third batch of flag-focused training accounts taught, in new words.
# Trauma told through what happens (not knowing where or when one is, going blank and coming
# back, a face or a place from before), consent told through what refusing would cost, and
# self-harm told through objects, old marks and passive wishes.
SEVENTH = [
    ("Halfway through she looked at me and asked what year it was, then started crying.", "trauma_trigger"),
    ("He kept saying you're not him, you're not him, and shaking.", "trauma_trigger"),
    ("She called me by her ex's name and it took her a few minutes to come back.", "trauma_trigger"),
    ("I went blank for a bit and came back sobbing, no idea where I'd been.", "trauma_trigger"),
    ("When he leans over me in the dark I'm suddenly eleven again.", "trauma_trigger"),
    ("The smell of that cologne and I was on that table in the clinic, crying.", "trauma_trigger"),
    ("That position brings back my abusive ex every single time.", "trauma_trigger"),
    ("I see my stepdad's face when the lights go off and I cry.", "trauma_trigger"),
    ("He had the exact laugh of the guy who hurt me at school and I fell apart.", "trauma_trigger"),
    ("My partner went completely vacant and only came back crying ten minutes later.", "trauma_trigger"),
    ("I don't really say no to him anymore because the sulking lasts for days.", "consent_concern"),
    ("I was raised that a wife must never refuse, so I don't, and then I cry.", "consent_concern"),
    ("He talked me into it after I'd said I was too tired, and I cried after.", "consent_concern"),
    ("I said stop because it hurt and he said nearly done and didn't.", "consent_concern"),
    ("Halfway through I realised he'd taken the condom off without asking.", "consent_concern"),
    ("He pays the rent so I never feel I can turn him down.", "consent_concern"),
    ("She told me she's been letting me have sex with her to avoid a row.", "consent_concern"),
    ("Honestly it's easier than the argument, so I go along and cry after.", "consent_concern"),
    ("I've been having thoughts of jumping since the new year, and sex makes me cry.", "self_harm"),
    ("Some mornings I wish I hadn't woken up at all.", "self_harm"),
    ("After sex I dig my nails into my arm till it stings, and that helps me stop crying.", "self_harm"),
    ("He noticed the old cuts on my thighs and I started crying.", "self_harm"),
    ("The urge to cut came back after we slept together.", "self_harm"),
    ("My wife keeps a stash of pills in the bathroom and says it's just in case.", "self_harm"),
    ("I sat on the floor holding a razor for an hour after he fell asleep.", "self_harm"),
    ("I keep thinking the kids would manage fine without me.", "self_harm"),
    ("I wrote a goodbye note last month and never told anyone.", "self_harm"),
    ("Crying after sex, and then wanting to die, every week now.", "self_harm"),
    ("It would be easier on everyone if I just wasn't around anymore.", "self_harm"),
]
SEVENTH_NEAR_MISSES = [
    ("My mind went blank when I came and I cried from pure happiness.", "trauma_trigger"),
    ("We came back to bed crying with laughter after the cat knocked the lamp over.", "trauma_trigger"),
    ("I'm 22 and my girlfriend is my first, and I cried because it felt so right.", "trauma_trigger"),
    ("We talked it through and I said no to that one thing, and he was lovely about it.", "consent_concern"),
    ("I said stop and he stopped straight away and we cuddled.", "consent_concern"),
    ("I held the knife to cut the birthday cake and burst into happy tears.", "self_harm"),
    ("My hair was getting long so I had it cut and cried at how different I looked.", "self_harm"),
]


# Eighth set: precision without giving up recall. Pain asked for, hurt done long ago by someone
# else, and a stop that was honoured stay quiet; the same words with the concern still raise.
EIGHTH_NEAR_MISSES = [
    ("The sting of the paddle made me cry, which I honestly love.", "unwanted_pain"),
    ("It hurt exactly the way I'd wanted it to and I cried buckets.", "unwanted_pain"),
    ("His new aftershave is the one the man who hurt me at nineteen wore.", "unwanted_pain"),
    ("My ex used to hurt her, and sometimes the memory brings tears.", "unwanted_pain"),
    ("I cried so long my head hurt, but it was all relief.", "unwanted_pain"),
    ("She asked if she should stop and I said no, keep going, I'm fine.", "consent_concern"),
    ("I asked him to stop and he did instantly, and held me while I cried.", "consent_concern"),
]
EIGHTH = [
    ("It really hurt and I didn't say anything, I just cried after.", "unwanted_pain"),
    ("It started the way I like it, but then it hurt far more than I wanted.", "unwanted_pain"),
    ("My boyfriend hurt me last night and didn't stop when I cried.", "unwanted_pain"),
    ("The worst part of it was the pain and I cried the whole time.", "unwanted_pain"),
    ("I like it slow and it hurt a lot when he went fast.", "unwanted_pain"),
    ("I said no, but he kept going anyway.", "consent_concern"),
    ("I asked him to stop and he didn't.", "consent_concern"),
    # "anyway" at the end of a sentence was cut off as a turn before the eleventh session, so
    # the rule written for it could not fire.
    ("I told him it hurt and he finished anyway.", "consent_concern"),
]


# Ninth set: self-harm said sideways (wishing to be gone, a method named in passing, harm told as
# history), the kinds the older training files showed the patterns missing. Near-misses share
# the words but not the meaning.
NINTH_SELF_HARM = [
    "Lately I lie awake planning how to make it all end.",
    "He says the kids would cope better without him, and he cried after we made love.",
    "Everyone would be relieved with me gone, that's what I tell myself after.",
    "Back then cutting was a pain I could control, and after sex I miss it.",
    "She has faded scars across her forearms and she cried when I touched them.",
    "Two years ago my sister found me in time, and sex sometimes brings that night back.",
    "At nineteen I almost didn't make it, and crying in bed still takes me there.",
    "I used to hold my arm under the boiling tap after I'd been with someone.",
    "Driving home I caught myself wishing a truck would hit me.",
    "Some nights I pray for an illness to take me.",
    "I keep driving past that viaduct after we fight about sex.",
    "After he left I took a whole box of painkillers and called my friend.",
    "He found me with the belt around my neck the night after we broke up.",
    "He told me he once held a pistol to his head.",
    "the razor is on the sink and i can't stop looking at it",
    "I haven't cut since March but last night was close.",
    "I used to take it out on myself with a blade.",
    "Part of me wants to disappear from the world after sex.",
    "I've been thinking about leaving this world.",
]
NINTH_NEAR_MISSES = [
    ("I asked him to make it stop and he did, and then I cried.", "self_harm"),
    ("We cope fine without him around the house, and I still cry after sex.", "self_harm"),
    ("A car came to take me home after I cried at the party.", "self_harm"),
    ("I almost didn't make it to the clinic on time and cried in the lift.", "self_harm"),
    ("The scar on my stomach is from my C-section and he kissed it.", "self_harm"),
    ("I take painkillers for my endometriosis before sex.", "self_harm"),
    ("She wore a silk scarf around her neck and I cried because she looked so beautiful.", "self_harm"),
    ("I have not cut my hair in years and he loves it long.", "self_harm"),
    ("I disappear from the conversation when he gets like that.", "self_harm"),
]

# Tenth set: a no that felt impossible to say (the negation is the concern), a freeze a partner
# missed, pain waved away, and a trigger told in run-on, unpunctuated speech.
TENTH = [
    ("I didn't feel like I could say no, so I just lay there and cried.", "consent_concern"),
    ("She told me later she never felt she was able to refuse him.", "consent_concern"),
    ("He wanted me to stop but couldn't get a word out.", "consent_concern"),
    ("She never said no because she froze.", "consent_concern"),
    ("I didn't stop fast enough when she went quiet, and she cried.", "consent_concern"),
    ("He says I'll get used to it, and it hurts every time.", "consent_concern"),
    ("She called me frigid when I said it hurt.", "consent_concern"),
    ("I said it hurt and he just said 'nearly there'.", "consent_concern"),
    ("I honestly couldn't say whether I had wanted it.", "consent_concern"),
    ("I'm not sure she understands what's happening any more when we make love.", "consent_concern"),
    ("Right after I come I get cramps so bad that I cry.", "unwanted_pain"),
    ("When he pulled my hair I was instantly back at that flat.", "trauma_trigger"),
    ("I'm in that man's back room again, and I cry.", "trauma_trigger"),
    (
        "he gets annoyed if I say no so most nights I just go along with it to keep things calm and then "
        "halfway through it all I get these flashes of my uncle and I cry",
        "trauma_trigger",
    ),
]
TENTH_NEAR_MISSES = [
    ("I felt I could say anything to him, and that night I cried with relief.", "consent_concern"),
    ("If he ever held me down it would probably bring it all back, but he never has.", "trauma_trigger"),
]
#: Written while testing the clause layer (fifth session): ways of saying it nobody had written.
ELEVENTH_SELF_HARM = [
    "Afterwards I cried and told her I don't see the point of sticking around anymore.",
    "Then I sobbed, because lately I have been looking up how many of my sleeping pills it would take.",
    "I cried after sex. I keep imagining stepping off the platform when the train comes.",
    "He said some days he thinks about throwing himself under the train on his way to work.",
]
ELEVENTH_NEAR_MISSES = [
    ("We stepped off the train at midnight and I cried in the taxi.", "self_harm"),
    ("I finally see the point of taking it slow with him.", "self_harm"),
    ("She jumped off the bed laughing, and then the tears came.", "self_harm"),
]
#: A past assault by someone from the past (an ex-husband, a stepfather) is a trauma matter by the
#: labelling guide, not a consent concern about the sex the account is about; an assault in
#: the episode still is.
TWELFTH = [
    ("Last night he pinned me down and I couldn't get him off me.", "consent_concern"),
    ("My boyfriend raped me last weekend and I can't stop crying.", "consent_concern"),
    ("He held me down even though I said stop, and I cried the whole time.", "consent_concern"),
    ("When he pinned my wrists down as a joke I froze: it was exactly like what my ex did.", "trauma_trigger"),
]
TWELFTH_NEAR_MISSES = [
    ("My ex-husband forced me for years, and now I cry when my wife is on top.", "consent_concern"),
    (
        "Years back a stranger forced me in a stairwell, and now I shake when my girlfriend is on top.",
        "consent_concern",
    ),
    ("My uncle forced himself on me for two summers, and tonight I cried in my husband's arms.", "consent_concern"),
    ("My first boyfriend pressured me into everything, and with my wife now I still cry sometimes.", "consent_concern"),
]

# Sixth session, written for this test: the narrowed consent rules still catching the concern,
# spellings that dodge social-media filters, spoken contractions, and everyday wordings none of
# the labelled accounts used.
LATE = [
    ("Twice now I woke up and he was already inside me.", "consent_concern"),
    ("I cried and he either didn't notice or didn't stop.", "consent_concern"),
    ("He says married people don't need to ask.", "consent_concern"),
    ("I wanted to stop but he kept going.", "consent_concern"),
    ("I didn't want to stop him because he'd sulk for days.", "consent_concern"),
    ("I said no, he didn't listen.", "consent_concern"),
    ("feeling su1c1dal again since the weekend", "self_harm"),
    ("having s*icidal thoughts after we sleep together", "self_harm"),
    ("some nights i want to k!ll myself", "self_harm"),
    ("i s/h again after he left", "self_harm"),
    ("my sh scars showed and she went quiet", "self_harm"),
    ("been thinking about ctb a lot", "self_harm"),
    ("sh free for two years and then last night happened", "self_harm"),
    ("honestly i just wanna die lol", "self_harm"),
    ("i dont wanna be alive anymore", "self_harm"),
    ("im gonna end it", "self_harm"),
    ("i didnt wanna but he kept going", "consent_concern"),
    ("whats the point of living if it's always going to be like this", "self_harm"),
    ("on the drive home I thought about driving off the road", "self_harm"),
    ("I just want it all to stop.", "self_harm"),
    ("he got me drunk first and I don't remember saying yes", "consent_concern"),
    ("I only did it so he would stop asking", "consent_concern"),
    ("it felt like I was being torn and I cried the whole time", "unwanted_pain"),
    ("every time it feels like he's hitting something deep inside and I flinch", "unwanted_pain"),
    ("it felt like razor blades and I didn't say anything", "unwanted_pain"),
]
# Words that only look like a rule's words (kinds found among training false alarms in the sixth session).
LATE_NEAR_MISSES = [
    ("I was rereading Achebe in bed when she reached for me.", "unwanted_pain"),
    ("My therapist thinks the crying is burnout from the new job.", "unwanted_pain"),
    ("We spent the weekend painting the nursery and then fell into bed.", "unwanted_pain"),
    ("He looked sad, tears on his face, but said it was the good kind.", "trauma_trigger"),
    ("I want to stop overthinking every tear she sheds.", "consent_concern"),
    ("I asked if it hurt and she said no, it didn't hurt, she was just moved.", "consent_concern"),
    ("After what happened to her years ago, we go slowly and I let her lead.", "consent_concern"),
    ("Part of me thinks god is punishing me for loving him.", "consent_concern"),
    ("I am torn between telling her and keeping quiet.", "unwanted_pain"),
    ("The shed was a mess.", "self_harm"),
    ("We had fish and chips.", "self_harm"),
    ("Tom &amp; Jerry night.", "self_harm"),
]

# Wordings a probe set (written in the seventh session to test the layers, not to train them)
# showed no layer caught: warning signs, methods named in passing, a wish said in plain words,
# a body "punished", skin that splits and a joint that screamed, intrusive memories. In our words.
PROBED = [
    ("Since the crying started I've been giving away the books and records I love most.", "self_harm"),
    ("He's been writing letters he hasn't sent, one to each of the kids.", "self_harm"),
    ("I spent the week putting my affairs in order, and then we had sex and I cried.", "self_harm"),
    ("She said she won't be a burden for much longer and smiled, which scared me.", "self_harm"),
    ("lay awake reading about painless ways to go after he fell asleep", "self_harm"),
    ("I lie there thinking about the quickest way to go while he sleeps.", "self_harm"),
    ("My husband admitted he'd been planning his exit for months.", "self_harm"),
    ("I sat in the garage for an hour with the engine running and the door down.", "self_harm"),
    ("After we made love she showed me her wrists and wouldn't say anything.", "self_harm"),
    ("At seventy-eight I feel I have lived long enough, and I cry after we are intimate.", "self_harm"),
    ("There's been a rope in the shed since the summer and I think about it after sex.", "self_harm"),
    ("honestly no point me being here if this is how it always goes", "self_harm"),
    ("After sex I get this need to hurt my own body, like I deserve it.", "self_harm"),
    ("Sex splits the skin down there every time and I cry through it.", "unwanted_pain"),
    ("My back was screaming in that position but I didn't want to ruin it for him.", "unwanted_pain"),
    ("I get intrusive memories of my uncle whenever she touches my face, and I cry.", "trauma_trigger"),
    ("Afterwards he showed me where the life insurance papers are, which he has never done.", "self_harm"),
    ("at 2am i was looking up how many painkillers would be enough", "self_harm"),
    ("I keep thinking about walking into the river one night and not coming home.", "self_harm"),
    ("She'd written notes to each of us, she said they were for after.", "self_harm"),
    ("honestly got sewer slide thoughts again after we hooked up", "self_harm"),
    ("He handed his guitars to his brother and said he won't be needing them.", "self_harm"),
    ("My husband has been sitting in the garage looking at his old pistol.", "self_harm"),
    ("Last spring I had my stomach pumped, and now sex makes me cry.", "self_harm"),
    ("I never thought I'd still be around at thirty, and being held by her undid me.", "self_harm"),
    ("I stood on the footbridge for a long time before I came home to him.", "self_harm"),
    ("I had taken a handful of my sleeping pills before he came over.", "self_harm"),
    ("At the unit they took my belts, and I still think of that when he undresses me.", "self_harm"),
    ("The note he left on the table just said I'm sorry, none of it is on you.", "self_harm"),
]
PROBED_NEAR_MISSES = [
    ("She said she'd end things with me if I didn't stop checking my phone.", "self_harm"),
    ("I've been cutting my hair shorter since the breakup and he loves it.", "self_harm"),
    ("I've lived long enough to know happy tears when I see them.", "self_harm"),
    ("We're giving away the baby clothes we don't need any more.", "self_harm"),
    ("I'm planning my exit from this job, and sex has been the one calm thing.", "self_harm"),
    ("We keep the climbing rope in the garage and went bouldering before bed.", "self_harm"),
    ("The easiest way to go about it was to tell him, and I cried when I did.", "self_harm"),
    ("We're giving away stuff before the move and sex is the one thing that isn't stressful.", "self_harm"),
    ("He takes his belt off slowly and I love it, and sometimes I cry after.", "self_harm"),
    ("I still can't get past his affairs, and I cry after sex with him.", "self_harm"),
    ("We went into the sea for a swim at midnight and then made love on the sand.", "self_harm"),
]

# Plain words found missing while typing short texts into the tell box: consent named as absent
# (a negation in front of "consent" used to cancel it), drugging, despair said outright, and
# pain hidden behind a pretended denial.
PLAIN_WORDS = [
    ("It wasn't consensual and I cried the whole way home.", "consent_concern"),
    ("honestly it was not fully consensual", "consent_concern"),
    ("There was no real consent, I just froze and cried.", "consent_concern"),
    ("He did it without consent while I was crying.", "consent_concern"),
    ("She never asked for my consent, she just started.", "consent_concern"),
    ("i think he spiked my drink and i woke up crying", "consent_concern"),
    ("I was drugged at his party and I keep crying.", "consent_concern"),
    ("Every time after sex I cry and think I can't go on anymore.", "self_harm"),
    ("i cant go on living like this, i cry after every time", "self_harm"),
    ("I pretend it doesn't hurt so he keeps smiling, then I cry in the shower.", "unwanted_pain"),
    ("i fake it so he doesnt see it hurts", "unwanted_pain"),
    ("idk if it counts but i never actually said yes, i just didnt stop him", "consent_concern"),
    ("she climbed on me while i was blackout drunk", "consent_concern"),
    # Guards a tempting precision fix: an "unless he slowed down" would lose this one, since the
    # cut at "but" leaves "kept going" without its subject.
    ("I said I wanted to stop and he slowed down but kept going.", "consent_concern"),
    # Guards another (twelfth session): reading "he was fine with it" as a stop respected, as
    # "he was lovely about it" is read, would lose this one.
    ("I said no, he acted like he was fine with it and then did it anyway.", "consent_concern"),
]
# Consent doubted, unclear or taken back: these took the place of the bare word "consent",
# which raised the flag on "consent was clear" too (twelfth session).
CONSENT_IN_DOUBT = [
    ("Consent was murky that night and I cried on the way home.", "consent_concern"),
    ("consent wasnt clear and i keep crying about it", "consent_concern"),
    ("I'm not sure whether I really consented, I just went along.", "consent_concern"),
    ("I withdrew my consent halfway and he kept going.", "consent_concern"),
    ("i consented out of fear, then cried", "consent_concern"),
    ("I was in no state to consent and he knew it.", "consent_concern"),
    ("It was dubious consent at best, looking back.", "consent_concern"),
    ("did i even consent? i keep asking myself", "consent_concern"),
]
# Masked the way posts dodge filters (twelfth session): each raised nothing from the patterns.
MASKED = [
    ("he r*ped me last night and i cant stop crying", "consent_concern"),
    ("i was r@ped at 16 and during sex i panic and cry", "trauma_trigger"),
    ("I was s*xually a$$aulted last month and now I freeze when she kisses me", "consent_concern"),
    ("he graped me at a party", "consent_concern"),
    ("he forced s*x on me", "consent_concern"),
    ("i was m*lested as a kid and during sex it all floods back", "trauma_trigger"),
]
MASKED_NEAR_MISSES = [
    ("We had rap music on and I cried from how happy I was.", "consent_concern"),
    ("She spilled grape juice on the bed and we laughed until we cried.", "consent_concern"),
    ("my a**hole brain cries after every orgasm, no reason", "trauma_trigger"),
    ("s3x with my wife is lovely and I still tear up after", "unwanted_pain"),
]
# A wish to stop, denied: pain endured to please is unwanted pain by the guide, not a consent
# concern, unless fear or pressure is said (twelfth session).
DENIED_WISH_TO_STOP = [
    ("I didn't want to stop him because he gets angry when I do.", "consent_concern"),
    ("i didnt want to stop him, last time i did he sulked for days", "consent_concern"),
    ("I didn't want to stop him because I was scared of what he would do.", "consent_concern"),
    ("I didn't want it but I didn't want to stop him either.", "consent_concern"),
    ("I didn't want to stop him, he had already said I was frigid.", "consent_concern"),
    ("i didnt want to stop him bc he would leave me", "consent_concern"),
]
# "Couldn't move" alone no longer raises the flag: on train + dev all eight such accounts were a
# freeze in a flashback, a fall or a headache (twelfth session). With the partner's part said, it still does.
COULD_NOT_MOVE = [
    ("he held me down and i couldnt move", "consent_concern"),
    ("i froze and couldnt move while he kept going", "consent_concern"),
    ("i was so drunk i couldnt move and he still had sex with me", "consent_concern"),
    ("he was on top of me and i couldnt move and he wouldnt stop", "consent_concern"),
    ("I couldn't move, he had my wrists pinned and he didn't care that I was crying.", "consent_concern"),
    ("i couldnt move or speak and he just carried on", "consent_concern"),
]
# A partner asking whether one wants to stop is care (twelfth session); a wish to stop still counts.
ASKED_TO_STOP = [
    ("I wanted to stop but he kept going.", "consent_concern"),
    ("I told him I wanted to stop and he laughed.", "consent_concern"),
    ("he asked if I wanted to stop, I said yes, and he kept going anyway", "consent_concern"),
]
# "Didn't want" where the wish is inverted, a place in the past, or the pain itself (twelfth
# session): the consent flag stays for sex that was not wanted.
NOT_WANTED = [
    ("I didn't want it but he kept going.", "consent_concern"),
    ("i didnt want to but i let him", "consent_concern"),
    ("I didn't want sex that night and he knew.", "consent_concern"),
    ("It hurt like hell and I didn't want it to.", "unwanted_pain"),
    ("The pain, which I didn't want, came out of nowhere.", "unwanted_pain"),
]
NOT_WANTED_NEAR_MISSES = [
    ("Somewhere around the twentieth swat I started sobbing and I did not want it to stop.", "consent_concern"),
    ("I don't want to go back there, the flashbacks were awful.", "consent_concern"),
    ("It hurt like hell and I didn't want it to.", "consent_concern"),
    ("The pain, which I didn't want, came out of nowhere.", "consent_concern"),
    ("we tried something rougher and it hurt in a way i didnt want. said red, she stopped.", "consent_concern"),
]
BURNT_OUT = [("it burnt like fire and I cried the whole time", "unwanted_pain")]
# Four wordings the consent rules misread (twelfth session), each beside what they still catch.
MISREAD = [
    ("I was so drunk I didn't know where I was and he kept going.", "consent_concern"),
    ("I asked him to stop and he laughed.", "consent_concern"),
    ("i asked him to stop and he did not", "consent_concern"),
    ("i passed out and woke up with him on me", "consent_concern"),
    ("I didn't know how to stop him.", "consent_concern"),
]
# Going along, told plainly, beside the calm and the care that read like it (twelfth session).
GOING_ALONG = [
    ("I wasn't ready and he did it anyway.", "consent_concern"),
    ("he sulks for days if I say no", "consent_concern"),
    ("I just lay there and waited for it to end.", "consent_concern"),
    ("it's easier to just go along with it than to argue", "consent_concern"),
    ("I went still and he kept going.", "consent_concern"),
]
# A no and a no ignored, beside a "no" that answers something else (twelfth session).
SAID_NO = [
    ("I said no to having sex and he pushed.", "consent_concern"),
    ("he ignored it and kept going", "consent_concern"),
    ("she said no, he did it anyway", "consent_concern"),
]
# Trauma reactions read more exactly (twelfth session): "came to" only as coming round, a face
# only when seen, "the same breath" only as a smell; and wordings the patterns had missed.
TRAUMA_READ = [
    ("I was raped at 19 and when I came to, I was shaking.", "trauma_trigger"),
    ("My abuser had a beard and during sex I saw his face.", "trauma_trigger"),
    ("He was beaten in detention; when the lock clicked he went completely still and cried.", "trauma_trigger"),
    (
        "A man did bad things to me on a bus; last night the smell was on him and I was in that bus again.",
        "trauma_trigger",
    ),
]
TRAUMA_READ_NEAR_MISSES_2 = [
    ("My ex hurt me years ago. I've got the helpline number on the fridge and I cried after sex.", "trauma_trigger"),
    (
        "My stepdad hit me as a kid. The first time she cried after sex I panicked and thought I'd hurt her.",
        "trauma_trigger",
    ),
]
# A time of day is not a past age: "at 2 in the morning" had hidden the consent rules (twelfth session).
TIME_OF_DAY = [
    ("he pressured me into it at 2 in the morning", "consent_concern"),
    ("At 3am he woke me and pushed me into it again.", "consent_concern"),
]
TIME_OF_DAY_2 = [
    ("I'm used to him pressuring me into it, then I cry in the shower.", "consent_concern"),
    ("I was 2 drinks in and he pressured me into it.", "consent_concern"),
    ("we got back into bed and he pressured me into it again", "consent_concern"),
]
TIME_OF_DAY_NEAR_MISSES_2 = [
    ("He used to pressure me into it when I was 19; my wife now is gentle.", "consent_concern")
]
TIME_OF_DAY_NEAR_MISSES = [("At 15 a man forced himself on me; now I freeze during sex and cry.", "consent_concern")]
# Held down in play or on request (twelfth session): a flashback may follow, but the sex was wanted.
HELD_DOWN = [
    ("he pinned me down playfully and wouldnt let me up when i begged", "consent_concern"),
    ("he held me down as a joke and kept going when i cried", "consent_concern"),
    ("he held me down and forced himself on me", "consent_concern"),
]
HELD_DOWN_NEAR_MISSES = [
    ("I told him to pin me down, I practically begged for it, and I cried from how good it was.", "consent_concern"),
    ("Tonight I pinned his wrists down as a playful thing and he panicked and cried.", "consent_concern"),
]
UNCLEAN = [("he pressured me into it and I felt unclean after", "consent_concern")]
#: Thirteenth session: a comma beside an emphatic "ever" no longer ends the negation before it.
EVER = [
    ("He pressured me, ever since we met, and I always gave in.", "consent_concern"),
    ("I never wanted it, ever, but he pressured me anyway.", "consent_concern"),
]
#: Thirteenth session: a feeling "too big" to hold is not pain; a body "too big" still is.
TOO_BIG = [
    ("He is too big for me and it hurts every time.", "unwanted_pain"),
    ("He was too big to fit and I cried the whole time.", "unwanted_pain"),
]
TOO_BIG_NEAR_MISSES = [
    ("When I come the feeling's too big for my body and I cry.", "unwanted_pain"),
    ("He cried as he finished, he says his love is too big to hold in right then.", "unwanted_pain"),
    ("I cried from relief that was too big for me.", "unwanted_pain"),
]
#: Thirteenth session: a stop asked for and honoured in two words ("and he did.").
STOP_HONOURED = [
    ("I asked him to stop and he did it again.", "consent_concern"),
    ("I asked him to stop and he did not listen.", "consent_concern"),
]
STOP_HONOURED_NEAR_MISSES = [("It hurt so I asked him to stop and he did.", "consent_concern")]
#: Fourteenth session, from a probe set of long posts (dev_yg): pain "like being stabbed", a
#: condom taken off "at some point without a word", and a wish for the pain to end, which the
#: wanted-pain words had read as pain that was wanted.
FOURTEENTH = [
    ("It felt like being stabbed low on the left with every thrust, and I said nothing.", "unwanted_pain"),
    (
        "We switched positions and afterwards I realised he'd taken it off at some point without a word.",
        "consent_concern",
    ),
    ("It hurt, and I wanted it to end.", "unwanted_pain"),
    ("It hurt so much, I wanted that to be over.", "unwanted_pain"),
]
#: Fourteenth session, from the long-post training files (extra_ze, extra_zf, extra_zg): what the
#: patterns missed there, each said in other words here.
LONG_POSTS = [
    (
        "Some nights I catch myself thinking the family would be better off with my life insurance than with me.",
        "self_harm",
    ),
    ("There were nights last winter when I sat in my car and worked out how I'd do it.", "self_harm"),
    (
        "I looked at the sleeping pills in the cabinet for ages, thinking it would be simpler not to be here.",
        "self_harm",
    ),
    ("A few nights this year I've sat with a full packet of pills in front of me.", "self_harm"),
    ("Something about his breathing and I was gone, back there, with him, the one from before.", "trauma_trigger"),
    ("I asked her maybe ten times and eventually she said 'fine, whatever, if it'll shut you up.'", "consent_concern"),
    (
        "Partway through I stopped enjoying it and told him I wanted to stop, and he said almost, almost, and kept on.",
        "consent_concern",
    ),
    ("Afterwards he cried and said he wasn't sure he'd wanted to keep going.", "consent_concern"),
    ("We'd agreed on condoms every time. He never put it on and just didn't tell me.", "consent_concern"),
    ("His back had been screaming the whole time, he told me after.", "unwanted_pain"),
]
LONG_POSTS_NEAR_MISSES = [
    ("Our daughter was asleep down the hall, and we finally had sex, and I cried.", "consent_concern"),
    (
        "In March I had a heart attack and spent three weeks in hospital. Now I'm shaky and cry after sex.",
        "trauma_trigger",
    ),
    ("Menopause: hot flashes, the whole catalogue. I cry after sex now.", "trauma_trigger"),
    ("My GP says the dryness is treated but it can come back. I cried after sex last night.", "trauma_trigger"),
    # "I panicked" as the partner who saw the tears
    ("My dad drove us home. We had a lovely dinner. She cried after sex and I panicked.", "trauma_trigger"),
    # guards the condom rule: "feels better without" with no condom in it
    ("We use condoms. Honestly everything feels better without the stress of exams.", "consent_concern"),
]
#: Everyday past words (a father, a crash) count with a reaction only within PAST_NEAR clauses
#: of it; past harm named outright still counts anywhere (FOURTEENTH_KEPT).
FOURTEENTH_NEAR_MISSES = [
    ("Impact play got me in tears from the sting, which is exactly what I'd asked for.", "unwanted_pain"),
    # guards the new "stabbed" words: betrayal, not pain
    ("My best friend stabbed me in the back at work, and after sex I cried about it.", "unwanted_pain"),
    ("After an overdose of chocolate and politics all week, the sex was sweet and I cried.", "self_harm"),
    (
        "My dad drove us to the airport. We flew to Lisbon. The hotel was lovely. We ate too much. "
        "We walked all day. On the last night my feet froze on the beach and we laughed, then had sex and I cried.",
        "trauma_trigger",
    ),
    (
        "Thirty years with him, through his crash and the bakery closing. The kids have left. We sold the van. "
        "He took up painting. I do the garden. Last week we had sex for the first time in months, and I was a "
        "bit shaken afterwards by how much I cried.",
        "trauma_trigger",
    ),
]
FOURTEENTH_KEPT = [
    (
        "I was assaulted at nineteen. I don't talk about it much. My husband is kind. We have two kids. "
        "We were away for the weekend. Last night when he held my wrists I froze and cried.",
        "trauma_trigger",
    ),
    ("My stepdad used to come into my room. When my husband reached for me last night I froze.", "trauma_trigger"),
    ("He held my wrists down and I panicked because of what my ex did.", "trauma_trigger"),
    (
        "Her father used to break things when he drank. She never says much about it. We were in bed on Sunday. "
        "It was slow and nice. She went completely still under me and then she cried.",
        "trauma_trigger",
    ),
]
#: Fifteenth session, from the long-post dev probes (dev_yg): hurt feelings are not pain,
#: pressure from a job is not pressure to have sex, and a partner's fear of having hurt someone
#: ("I thought I'd hurt her") is not past harm.
FIFTEENTH_NEAR_MISSES = [
    ("She rolled over to her phone right after sex and it really hurt my feelings, so I cried.", "unwanted_pain"),
    ("Work hurt his feelings all week and he cried after sex.", "unwanted_pain"),
    ("The pressure from my job goes out of my body with the orgasm, and then I cry.", "consent_concern"),
    # a partner's fear of having hurt someone is not past harm
    ("She cried after and I was shaking, I thought I'd hurt her.", "trauma_trigger"),
    ("He froze for a second and I panicked, scared I've hurt him somehow.", "trauma_trigger"),
]
#: ...while pain said with the same words, and pressure from a partner, still raise.
FIFTEENTH_KEPT = [
    ("I take painkillers before sex so I can get through it.", "unwanted_pain"),
    ("It hurt my back and my hips the whole time and I cried.", "unwanted_pain"),
    ("There's constant pressure from my boyfriend to have sex even when I'm sore.", "consent_concern"),
    ("My stepdad had hurt me for years, and last night when he held me down I froze.", "trauma_trigger"),
    ("Dani hurt me for years. Last night I froze and cried.", "trauma_trigger"),
]
#: Sixteenth session, from the dev probes' misses: a body pinned to something, a stop said as
#: "let's not" or a cry of pain laughed off, a threat typed without its apostrophe, someone too
#: far gone to agree, and a trauma told through whom or where it feels like.
SIXTEENTH = [
    ("He had me pinned against the wall of the hallway and I cried the whole time.", "consent_concern"),
    ("She kept pinning him to the mattress even though he had gone quiet.", "consent_concern"),
    ("I said let's not tonight, more than once, and he kept going.", "consent_concern"),
    ("I said ouch and he just laughed and did it again.", "consent_concern"),
    ("he told me hed dump me if i kept saying no so i gave up", "consent_concern"),
    ("He was barely conscious after the party and she still climbed on top of him.", "consent_concern"),
    ("When he breathes on my neck I feel like back then with my uncle and I start to shake.", "trauma_trigger"),
    ("Every time he is on top I keep seeing my stepdad's bedroom and I cry.", "trauma_trigger"),
    ("Half of me was still over there in the desert while we made love, and after I wept.", "trauma_trigger"),
]
#: ...and reassurances real posts are full of, which no longer raise: a denial denied ("it's not
#: that I don't want it"), worries about how it sounds, a gentle partner who keeps checking in,
#: a yes given because it was wanted, "no pressure", a partner's fear of hurting someone, a good
#: memory, a heart that hurts, dry eyes, and an abuser's harm placed in the past.
SIXTEENTH_NEAR_MISSES = [
    ("It's not that I don't want sex with him, I really do.", "consent_concern"),
    ("It isn't that he doesn't want to, he says so himself.", "consent_concern"),
    ("It's not like I'm not into it, I love our sex life.", "consent_concern"),
    ("I don't want this to sound like a complaint about him.", "consent_concern"),
    ("I don't want to keep crying every single time, it's exhausting.", "consent_concern"),
    ("He went slowly and kept asking, and I cried because I felt so safe.", "consent_concern"),
    ("I say yes because I want to, every time.", "consent_concern"),
    ("I told her no pressure, we can stop whenever she likes.", "consent_concern"),
    ("My girlfriend is never pushy about any of it.", "consent_concern"),
    ("I don't feel obligated at all, I'm the one who starts it.", "consent_concern"),
    ("I'm terrified he'll leave me because I keep crying after sex.", "consent_concern"),
    ("She burst into tears and I asked if I'd hurt her, she said no, happy tears.", "consent_concern"),
    ("When we make love he whispers, and he always stops immediately when I say stop.", "consent_concern"),
    ("It brought me back to our wedding night, in the best way.", "trauma_trigger"),
    ("Afterwards she pulled me back into bed and held me while I cried.", "trauma_trigger"),
    ("He's so scared of hurting me that he barely moves.", "unwanted_pain"),
    ("He thinks he has hurt me and won't stop saying sorry.", "unwanted_pain"),
    ("I keep thinking I'm hurting her when she cries.", "unwanted_pain"),
    ("Not because anything hurt, nothing did, I was just overwhelmed.", "unwanted_pain"),
    ("It breaks my heart, it hurts to see him cry like that.", "unwanted_pain"),
    ("His eyes are already dry by the time he comes.", "unwanted_pain"),
    ("He used a word my ex said right before he hurt me, and I froze.", "unwanted_pain"),
    ("We burned the dinner because we got carried away, and I cried after from pure happiness.", "unwanted_pain"),
    ("Being with her felt like being fifteen again, all butterflies.", "trauma_trigger"),
    ("Memories of our honeymoon came flooding back and I cried.", "trauma_trigger"),
    ("I was so embarrassed I wanted to disappear under the covers.", "self_harm"),
    ("I was scared I'd done something she didn't want, so I asked her straight away.", "consent_concern"),
    ("He doesn't want this to 'ruin' what we have, he says.", "consent_concern"),
    ("I don't want sex to become another chore on his list.", "consent_concern"),
    ("She didn't want it analysed and I've respected that.", "consent_concern"),
    ("We stopped and just lay there holding hands.", "consent_concern"),
    ("She asked me to hold her down a little, which we'd agreed on days before.", "consent_concern"),
    ("To be clear, nothing happened that I didn't want.", "consent_concern"),
    ("He said no to trying it and that was the end of it.", "consent_concern"),
    ("She suggested a toy, I said no and she was completely fine.", "consent_concern"),
    # from the second dev probe file of the session (dev_yi): partners' worries and idioms
    ("He's been deployed twice and I worry about flashbacks, but this wasn't that.", "trauma_trigger"),
    ("I lay there frozen with worry, sure I'd triggered something in her.", "trauma_trigger"),
    ("When I brought it up again he said he'd just felt safe enough to let go.", "trauma_trigger"),
    ("It's been years since I felt that giddy, and it hit me hard, I cried.", "trauma_trigger"),
    ("Had I hurt her? She promised I hadn't.", "unwanted_pain"),
    ("My first thought was that I'd hurt him somehow.", "unwanted_pain"),
    ("I wondered if maybe it was hurting her and she wasn't saying.", "unwanted_pain"),
    ("I've said hurtful things when she turned me down, and I regret it.", "unwanted_pain"),
    ("I was scared I'd pressured her because it was her first time.", "consent_concern"),
    ("I panicked that I'd gone too fast or that she wasn't ready.", "consent_concern"),
    ("I asked if he wanted to stop and he said no, he wanted to keep going.", "consent_concern"),
    # from the third dev probe file of the session (dev_yk): long posts by survivors, people in
    # pain and partners
    ("She stopped and asked if it hurt and I said no, carry on, I'm fine.", "consent_concern"),
    ("He kept saying sorry afterwards and I told him to stop apologising.", "consent_concern"),
    ("I stopped and asked whether she was doing it for me.", "consent_concern"),
    ("My wife forced me to take a day off, and that night we made love and I cried.", "consent_concern"),
    ("When I pushed him he admitted he'd been sad about his dad all week.", "consent_concern"),
    ("I told her I wasn't in the mood and she was totally fine, we watched a film.", "consent_concern"),
    ("I grew up being told it was sinful, which is hard to shake. My stepdad was a pastor.", "trauma_trigger"),
    ("Not because anything triggered me, I just felt so loved.", "trauma_trigger"),
    ("I'm a nurse on a trauma unit and I was exhausted, and after sex I sobbed.", "trauma_trigger"),
    ("We do a lot of pain play, all negotiated, and I cried from the release.", "unwanted_pain"),
    ("Chronic pain crew, I wanted to share some good news about sex.", "unwanted_pain"),
    ("It felt exactly how I'd wanted it to, the burn and then the calm.", "unwanted_pain"),
    ("He thought something hurt, but I was just overwhelmed.", "unwanted_pain"),
    ("I kept asking her: did I hurt you, are you sad, what's wrong.", "unwanted_pain"),
    ("He grew up where shouting meant someone was about to get hurt.", "unwanted_pain"),
    ("She said she felt so close to me it 'hurt', and she laughed.", "unwanted_pain"),
    ("I love him so much my chest is aching with it.", "unwanted_pain"),
    ("I cried through the last scene, the hurts-and-I-want-it kind.", "unwanted_pain"),
    ("It's a sting I like, and the tears come with it.", "unwanted_pain"),
    ("My vulvodynia has been in remission since spring, and now I cry from relief after sex.", "unwanted_pain"),
]
#: ...while the same words that carry the flag still raise it.
SIXTEENTH_KEPT = [
    ("I'm scared he'll leave me if I say no.", "consent_concern"),
    ("It's not that I wanted it, I just didn't want to fight.", "consent_concern"),
    ("I didn't want it, but I said yes because I was scared.", "consent_concern"),
    ("He kept asking and asking until I gave in.", "consent_concern"),
    ("He had me pinned down and laughing like a game, then he wouldn't stop when I said stop.", "consent_concern"),
    ("It brought me right back to that hotel room.", "trauma_trigger"),
    ("I think he's hurting me on purpose.", "unwanted_pain"),
    ("It was so dry that it burned the whole time.", "unwanted_pain"),
    ("Nothing helped, it hurt every single time.", "unwanted_pain"),
    ("I was fifteen again and couldn't move.", "trauma_trigger"),
    ("The memories came flooding back and I froze.", "trauma_trigger"),
    ("Some days I just want to disappear.", "self_harm"),
    ("He did something I didn't want and I cried.", "consent_concern"),
    ("I didn't want it to be like this, I wanted him to stop.", "consent_concern"),
    ("I just lay there and waited for it to be over.", "consent_concern"),
    ("Nothing I said mattered, he did things I didn't want.", "consent_concern"),
    ("I said no and he acted like it was fine and then kept going.", "consent_concern"),
    ("She was drunk and now she barely remembers any of it.", "consent_concern"),
    ("My uncle hit me when I was small, and when he raised his hand last night I froze.", "trauma_trigger"),
    ("I keep getting flashbacks when he's on top.", "trauma_trigger"),
    ("I pressured her for weeks until she gave in.", "consent_concern"),
    ("I knew she wasn't ready and I still went ahead.", "consent_concern"),
    ("He asked if I wanted to stop, I said yes, and he kept going anyway.", "consent_concern"),
    ("I think it's hurting me more every time.", "unwanted_pain"),
    ("The man that hit me wore that cologne, and last night I froze.", "trauma_trigger"),
    ("Sex has been nothing but hurt since the baby.", "unwanted_pain"),
    ("He was too rough, and after he hurt me I cried in the bathroom.", "unwanted_pain"),
    ("I dry up halfway through and it stings.", "unwanted_pain"),
    ("I told him to stop and he didn't.", "consent_concern"),
    ("She forced me to do things I didn't want.", "consent_concern"),
    ("When I pushed him away he kept going.", "consent_concern"),
    ("My uncle abused me, and now when my husband is on top I start to shake.", "trauma_trigger"),
    ("Since the war he cries and shakes in bed when I touch his neck.", "trauma_trigger"),
    ("The pain play went too far and it really hurt.", "unwanted_pain"),
    ("It hurt a lot, the pain I didn't want, and I cried.", "unwanted_pain"),
    ("Did it hurt? Yes, it hurt so much I cried.", "unwanted_pain"),
    ("He slowed down as I asked, but it still hurt and I cried.", "unwanted_pain"),
    ("I have vaginismus and I cry every time we try.", "unwanted_pain"),
    ("My endometriosis is not resolved and I cry during sex.", "unwanted_pain"),
    ("I think I'm hurt down there, and I cried afterwards.", "unwanted_pain"),
]
EVER_NEAR_MISSES = [
    ("My wife has never, ever pressured me, and I still cry after sex.", "consent_concern"),
    ("He has not, ever, forced me into anything.", "consent_concern"),
]
UNCLEAN_NEAR_MISSES = [("I feel unclean after sex, panicky and shaky, and I cry.", "trauma_trigger")]
TRAUMA_READ_2 = [
    ("My ex abused me for years and during sex I went numb and cried.", "trauma_trigger"),
    ("I was assaulted at 20 and when he grabbed my wrists I panicked and cried.", "trauma_trigger"),
]
TRAUMA_READ_NEAR_MISSES = [
    ("He came to bed straight from the barber and I cried from happiness.", "trauma_trigger"),
    (
        "Tears ran down his face when he came, he says it's his brain injury from the accident years ago.",
        "trauma_trigger",
    ),
    (
        "In the same breath my husband said he was crying from relief, that his father would have disowned him.",
        "trauma_trigger",
    ),
    ("My ex-husband came to the funeral, and after sex that night I cried for my dad.", "trauma_trigger"),
]
SAID_NO_NEAR_MISSES = [
    ("She said no one had ever been that gentle with her scars.", "consent_concern"),
    ("It hurt, he said no problem and we stopped.", "consent_concern"),
    ("I told her no hurry at all, we waited two years.", "consent_concern"),
    ("My dermatologist said no sex till it clears up.", "consent_concern"),
    ("Eyes streaming again during. Told him to ignore it.", "consent_concern"),
    ("We have a safeword and he's never once ignored it.", "consent_concern"),
]
GOING_ALONG_NEAR_MISSES = [
    ("I wasn't ready for how much it would hurt, and we stopped.", "consent_concern"),
    ("I don't want to push her to tell me things she isn't ready to say.", "consent_concern"),
    ("He stopped instantly, got me water, zero sulking.", "consent_concern"),
    ("We just lay there for ages and I cried from happiness.", "consent_concern"),
    ("I cried right at the peak and then just lay there in his arms.", "consent_concern"),
    ("We stopped, slower, and we lay still for a while.", "consent_concern"),
]
MISREAD_NEAR_MISSES = [
    ("I didn't know where else to write, my husband cries after we make love.", "consent_concern"),
    ("I asked him to stop a moment and he stopped, he was very gentle.", "consent_concern"),
    ("In the middle a motorbike passed outside, very loud, and she started to sob.", "consent_concern"),
    ("I just don't know how to stop being lonely in my own marriage.", "consent_concern"),
]
NOT_PAIN_WORDS_NEAR_MISSES = [
    ("Sex was completely painless this time and I cried from relief.", "unwanted_pain"),
    ("Post-op update: sex is pain-free for the first time in a decade. I cried anyway.", "unwanted_pain"),
    ("Dear Dr Sorensen, my husband cries after sex and I don't know why.", "unwanted_pain"),
    ("She used to cut with the blade from a pencil sharpener, and she told me after we made love.", "unwanted_pain"),
    ("The neurologist said reflex tearing during orgasm is common after a stroke.", "unwanted_pain"),
]
NOT_PAIN_WORDS = [
    ("The soreness after makes me cry, and he doesn't notice.", "unwanted_pain"),
    ("The pain-free days are rare, sex still hurts.", "unwanted_pain"),
]
BURNT_OUT_NEAR_MISSES = [
    ("I have been burnt out at work for a year and cried during sex.", "unwanted_pain"),
    ("burned out from nights, cried after sex from sheer tiredness", "unwanted_pain"),
]
ASKED_TO_STOP_NEAR_MISSES = [
    ("He kept asking if I wanted to stop and I kept saying no, keep going, I'm happy.", "consent_concern"),
    ("I kept asking whether she wanted to stop, and she pulled me closer.", "consent_concern"),
    ("He doesn't want to stop having sex, he wants to work on it with a therapist.", "consent_concern"),
    ("she said mid cry i just want to stop existing for a while", "consent_concern"),
]
COULD_NOT_MOVE_NEAR_MISSES = [
    ("He leaned on my arm, I couldn't move it, and I was back in that room; he stopped at once.", "consent_concern"),
    ("Right as I came I got a crushing headache and couldn't move for a few minutes.", "consent_concern"),
]
DENIED_WISH_TO_STOP_NEAR_MISSES = [
    ("I didn't want to stop because she was close, and by the end I had tears in my eyes.", "consent_concern"),
    ("The lube burned but I didn't want to stop, we finally had the house to ourselves.", "consent_concern"),
    ("I never used the safeword because I didn't want to stop; it was exactly what I wanted.", "consent_concern"),
]
CONSENT_IN_DOUBT_NEAR_MISSES = [
    ("Consent was clear and enthusiastic, and I still cried after.", "consent_concern"),
    ("We talked about consent first, then I cried from how safe it felt.", "consent_concern"),
    ("Consent isn't the issue, I initiate most of the time.", "consent_concern"),
    ("we went rough, i asked for it, consent is hot", "consent_concern"),
    ("I went into a quiet panic about consent, but she laughed and said she was happy.", "consent_concern"),
]
PLAIN_WORDS_NEAR_MISSES = [
    ("No consent issues at all, it was lovely and I cried from happiness.", "consent_concern"),
    ("When I was fifteen I was drugged at a party, and now being held makes me cry.", "consent_concern"),
    ("He said he can't go on much longer and then we both laughed and cried.", "self_harm"),
    ("He asked if it hurt and I said it didn't, and it really didn't.", "unwanted_pain"),
    ("I used to pretend it didn't hurt, but now we go slowly and it doesn't.", "unwanted_pain"),
    # A word between "she is" and "asleep" was tried and dropped: it caught partners falling asleep after.
    ("After, when she is asleep, I sit and cry because I am lonely here.", "consent_concern"),
]

# Every paraphrase set above is checked the same way: its sentences raise their flag, its
# near-misses do not.

# A bare "my ex" who raped or abused is someone from before, as an "ex-boyfriend" is: the guide
# makes such a past assault a trauma matter, not a consent concern (nineteenth session)...
NINETEENTH_NEAR_MISSES = [
    ("my ex raped me, now sex with my new boyfriend makes me cry", "consent_concern"),
    ("My ex basically assaulted me and now I cry during sex with my wife.", "consent_concern"),
    ("her ex abused her and she still cries when I touch her neck", "consent_concern"),
    # "no point" and "done with" that are not hopelessness.
    ("There's no point in arguing about it with him.", "self_harm"),
    ("I was done with the whole evening by ten.", "self_harm"),
    ("He always wants death metal on in the car, and I cried laughing.", "self_harm"),
    ("We lost time in traffic and got home late, then cried laughing in bed.", "trauma_trigger"),
    ("We lay there until the baby was done crying.", "consent_concern"),
    ("I cried because of what my dad did at our wedding, his speech was so sweet.", "trauma_trigger"),
    # A person named by a past act, a no answered with an ok, a stop honoured after a reason,
    # and pushing oneself on (a dev probe file of the nineteenth session).
    ("The man who raped me had a beard, and my new boyfriend has one too.", "consent_concern"),
    ("I said not tonight, she said ok and we cuddled instead. I cried because I felt so respected.", "consent_concern"),
    ("told him to stop because i got a cramp in my leg, he stopped right away and held me", "consent_concern"),
    ("how do i get her to stop forcing herself through the pain", "consent_concern"),
    ("it's where my ex forced me, and now i cry there", "consent_concern"),
    ("She says seeing me cry made her doubt herself.", "consent_concern"),
    ('he freaked out and kept asking "did i hurt you, are you ok" and i said no it was amazing', "consent_concern"),
    ("Things are good: he cooks, and we've stopped fighting about his gaming.", "consent_concern"),
    ("Ines asked if it was the old stuff and I honestly said no.", "consent_concern"),
    ("My therapist asked whether I'd had thoughts of hurting myself and I said no.", "consent_concern"),
    ("I said 'stop' and Chris stopped in the same breath, no questions, no sulking.", "consent_concern"),
    ("I said wait, he stopped at once and checked in, and we carried on once I was fine.", "consent_concern"),
    ("after he left i just lay there crying, wishing i was somewhere else", "consent_concern"),
    ("Afterwards I just lay there and cried because I knew it was one of the last times.", "consent_concern"),
    ("I do not want to go on like this.", "consent_concern"),
    # The past said outright not to be coming back (nineteenth session).
    (
        "My boyfriend was assaulted as a kid. Last week he cried after sex and I asked if it was the past. "
        "Not a flashback, not a trigger, he said, he got the job.",
        "trauma_trigger",
    ),
    (
        "I grew up with an abusive stepdad. I cried after sex. This time it wasn't about the past, "
        "I cried because I felt loved.",
        "trauma_trigger",
    ),
    ("I don't want to go to the doctor for something so small.", "consent_concern"),
    ("I've asked for trigger-mapping because I don't want this to keep ambushing me.", "consent_concern"),
]
#: Pain said to be wanted in the clause right after it: "it stung. I'd asked for it" (nineteenth
#: session; the wanting used to count only inside the pain's own clause)...
NINETEENTH_WANTED_AFTER = [
    ("the sting made me cry. I had asked for it, and I loved it.", "unwanted_pain"),
    ("it hurt when she pulled my hair. I wanted that, I'd asked for it.", "unwanted_pain"),
    ("The clamps hurt like hell when they came off, which I love.", "unwanted_pain"),
    ("She said don't stop, it's perfect, it's the good burn.", "unwanted_pain"),
    ("tl;dr wanted pain, happy tears, worried top", "unwanted_pain"),
    ("He asked like five times if it hurt and I kept saying no, which is true!", "unwanted_pain"),
    ("Lately sex makes me cry, not sad exactly, more like raw.", "unwanted_pain"),
]
#: ...but not wanting said before it, nor wanting that changed, nor a "good kind" denied.
NINETEENTH_WANTED_KEPT = [
    ("I wanted it at first. Then it hurt so much I cried.", "unwanted_pain"),
    ("I loved it at the start, then it got painful and I said nothing.", "unwanted_pain"),
    ("It hurt and I cried. I wanted it at first, but not like that.", "unwanted_pain"),
    ("It hurt a lot. I asked for it, until it got too much.", "unwanted_pain"),
    ("He asked if it hurt and I said yes, it hurt a lot.", "unwanted_pain"),
    ("crying bc it hurt n i didnt say anything, i wanted it tho, just not the hurting", "unwanted_pain"),
    ("It burned the whole time. I asked for it rough but this was too much.", "unwanted_pain"),
    ("His back had been screaming the whole time. It wasn't the good kind of ache.", "unwanted_pain"),
]
#: Past harm named by who did it, in one line (nineteenth session, from one-line probes of our own).
NINETEENTH_WHO_DID_IT = [
    ("my girlfriend cries during sex because of what her stepfather did", "trauma_trigger"),
    ("he cries during sex because of what his coach did to him", "trauma_trigger"),
    ("i cry during sex because of what my ex-husband used to do", "trauma_trigger"),
    ("i cry because of what happened to me as a child", "trauma_trigger"),
    ("I think the crying is connected to what our dad did.", "trauma_trigger"),
    ("i lose time during sex and come back to myself sobbing", "trauma_trigger"),
    ("When she came back to herself she was shaking and crying.", "trauma_trigger"),
    ("i just lie there and cry until he's done", "consent_concern"),
    ("my boyfriend cries after sex and has been giving his stuff away", "self_harm"),
    ("since we slept together she's been giving away her books and her good coat", "self_harm"),
]
#: ...while sex with an ex that was not wanted still raises it, and so does an ok won by pressure
#: or a stop that came late.
NINETEENTH_KEPT = [
    ("i kept asking till she said ok, then she cried", "consent_concern"),
    ("I said no, he said ok but did it anyway.", "consent_concern"),
    ("I told him to stop, he kept going, then he stopped.", "consent_concern"),
    ("I told him to stop but he kept going and eventually he stopped.", "consent_concern"),
    ("he kept forcing her to have sex", "consent_concern"),
    ("he made me do it and i cried", "consent_concern"),
    ("i stopped fighting it and just let him", "consent_concern"),
    ("he kept asking and asking until i gave in", "consent_concern"),
    ("he asked if i wanted to and i said no but he did it anyway", "consent_concern"),
    ("he asked if i was ok and i said no, and he kept going", "consent_concern"),
    ("he asked if i wanted to have sex and i said no, he kept pushing", "consent_concern"),
    ("he asked if I wanted to and I said no", "consent_concern"),
    ("He got on top after I told him I was tired and I just lay there.", "consent_concern"),
    ("i was abused as a teen. not flashbacks exactly, but i froze and cried", "trauma_trigger"),
    ("Not a flashback, but my stepdad's voice came back and I froze.", "trauma_trigger"),
    (
        "I grew up with an abusive stepdad. Sometimes I freeze during sex. This time it wasn't about the past, "
        "I cried because I felt loved.",
        "trauma_trigger",
    ),
    ("The man who raped me last night won't stop texting me.", "consent_concern"),
    *NINETEENTH_WANTED_KEPT,
    *NINETEENTH_WHO_DID_IT,
    ("i had sex with my ex last night and he wouldnt stop when i said stop, i cried", "consent_concern"),
    ("My ex came over, I said no and he did it anyway.", "consent_concern"),
    ("He raped me last week and I can't stop crying.", "consent_concern"),
]

# Twentieth session, from two dev probe files: a writer who went on while the partner cried,
# pressure that wears someone down, wanting out of everything, pain told as a likeness, and a
# flashback told as being back in a place.
TWENTIETH = [
    ("she was crying and I kept going, I feel sick about it now", "consent_concern"),
    ("He was sobbing. I just kept going because I was close.", "consent_concern"),
    ("my sister says her husband wears her down most nights and she cries after", "consent_concern"),
    ("he always gets his way in the end and I cry afterwards", "consent_concern"),
    ("his girlfriend keeps going when he says he's exhausted", "consent_concern"),
    ("I want out of everything since that night.", "self_harm"),
    ("some nights i just want out, permanently", "self_harm"),
    ("when he goes deep it's like a punch in my stomach and I cry", "unwanted_pain"),
    ("it feels like fire inside me and I cry in the shower after", "unwanted_pain"),
    ("sex feels like getting jabbed with a needle but I say nothing", "unwanted_pain"),
    ("he said he was fine through gritted teeth, then cried", "unwanted_pain"),
    ("I was suddenly back in that hotel room and started sobbing", "trauma_trigger"),
    ("the second I couldn't see her face I was back in that night", "trauma_trigger"),
    ("he kept whispering not again, not again and shaking", "trauma_trigger"),
    ("I said yes, but honestly it was way more than I could take and I cried into the pillow.", "unwanted_pain"),
    ("He kept going even though he was wincing, so I wouldn't be let down.", "unwanted_pain"),
    ("The chafing was awful and I cried after.", "unwanted_pain"),
    ("It was agonising and I just cried.", "unwanted_pain"),
]
#: ...while the new suppressions keep pain that is not over, a no that was overridden, a question
#: that was a request, and enduring under pressure or with no pain at all.
TWENTIETH_KEPT = [
    ("It doesn't hurt anymore with fingers, but penetration last night hurt so much I cried.", "unwanted_pain"),
    ("Sex hurt for two years. Physio sorted it, but last week it hurt again and I cried.", "unwanted_pain"),
    ("It used to hurt a lot and it still hurts now.", "unwanted_pain"),
    ("I asked if we could stop. She said no.", "consent_concern"),
    ("He asked, I said no. He did it anyway.", "consent_concern"),
    ("I asked what was wrong. He said no, and did it anyway.", "consent_concern"),
    ("it hurt, and I let him finish because he sulks for days if I stop", "consent_concern"),
    ("I didn't want to have sex, I just waited for it to be over", "consent_concern"),
    ("It didn't hurt. I just waited for it to be over.", "consent_concern"),
    ("It hurt, and I let him finish because I was scared of him.", "consent_concern"),
    ("I said stop. Eventually he stopped.", "consent_concern"),
    ("I said stop. He stopped, then did it again anyway.", "consent_concern"),
    ("I said I wasn't into it and he stopped right away, then pushed me again anyway.", "consent_concern"),
    ("He asked me something, I said no, he did it anyway.", "consent_concern"),
    ("He was just doing it for me and I cried.", "consent_concern"),
]
TWENTIETH_NEAR_MISSES = [
    ("It burns every time, so I just wait for it to be over and cry after.", "consent_concern"),
    ("hurts so much but i let him finish", "consent_concern"),
    ("the distance is wearing me down and I cried after our video call", "consent_concern"),
    ("She cried hard and I kept going like we'd planned, she loved it.", "consent_concern"),
    ("she teared up and I carried on holding her", "consent_concern"),
    ("I stopped and asked if it hurt. She said no, truly no, it was just a lot of feeling.", "consent_concern"),
    ("I asked if I'd hurt her. She laughed and said no, absolutely not, it didn't hurt at all.", "consent_concern"),
    ("I love it when he pins me down.", "consent_concern"),
    ("In my early twenties I was sexually assaulted.", "consent_concern"),
    ("It used to hurt because of vaginismus, but after physio it doesn't anymore.", "unwanted_pain"),
    ("For three years sex hurt. Last night nothing hurt at all and I cried with relief.", "unwanted_pain"),
    ("I was nervous about hurting him, so I went slowly.", "unwanted_pain"),
    ("My mum keeps asking about pain, but honestly nothing is wrong.", "unwanted_pain"),
    ("He'd be so hurt if he knew I posted this.", "unwanted_pain"),
    ("He was hurt as a kid, and he cries after sex sometimes.", "unwanted_pain"),
    ("She closes the cupboard doors a bit too hard when she's tired.", "unwanted_pain"),
    (
        "Halfway through I felt off, not hurt, just weird, and I said stop. He stopped at once and held me.",
        "consent_concern",
    ),
    ("I was scared of hurting her, and I kept asking, and she kept saying it felt good.", "consent_concern"),
    ("My husband cried after, I ask him is something wrong, he say no, he is just happy.", "consent_concern"),
    ("When I said I wasn't into it she stopped right away and we cuddled.", "consent_concern"),
    ("My boyfriend teared up after. Was he just doing it for me?", "consent_concern"),
]
#: A no taken as it came, a partner's worry that they pushed, and coercion said not to be
#: (twentieth session, a consent dev probe file)...
TWENTIETH_CONSENT_NEAR_MISSES = [
    ("Told my boyfriend I wasn't up for it tonight, he said cool and put a film on.", "consent_concern"),
    ("I said I wasn't in the mood. He just said okay and kissed my forehead.", "consent_concern"),
    ("She has said no, plenty, and I've said okay, plenty.", "consent_concern"),
    ("my bf was scared he pushed me into it bc I cried after", "consent_concern"),
    ("People online keep telling me it's coercion and it isn't.", "consent_concern"),
    ("My boss decided this quarter we transform reporting, and I cried after sex from stress.", "consent_concern"),
    ("It hurt more than I expected, I said stop and she stopped straight away.", "consent_concern"),
    ("I immediately asked if he had forced her. She laughed and said he'd been lovely.", "consent_concern"),
    ("And then he was asleep in like four minutes and I lay there and cried.", "consent_concern"),
    ("Afterwards, while he was asleep, I cried into his back.", "consent_concern"),
    ("Wasn't really in the mood but chose to anyway, I wanted the closeness.", "consent_concern"),
    ("A minute in he was off me and on the floor, and he didn't know where he was.", "consent_concern"),
    ("She flinched and for a few seconds she didn't seem to know who I was.", "consent_concern"),
    ("We stopped straight away and just lay there.", "consent_concern"),
    ("Afterwards my legs went numb in the best way, and I just lay there and cried from happiness.", "consent_concern"),
    ("She was bleeding a little, so I made her go to the doctor.", "consent_concern"),
    ("My brain went straight to 'did I force her'. She laughed and said she'd asked me twice.", "consent_concern"),
    (
        "She told her girlfriend she wasn't ready for that, and the girlfriend just said okay and stopped.",
        "consent_concern",
    ),
]
#: ...while an okay that comes with pressure, or the writer's own no turned into an okay, is read.
TWENTIETH_CONSENT_KEPT = [
    ("I said I wasn't in the mood. He said okay, just five minutes then.", "consent_concern"),
    ("I said I wasn't in the mood. He said okay but kept touching me anyway.", "consent_concern"),
    ("He kept asking, I said no, and then I said okay just to make it stop.", "consent_concern"),
    ("He pushed me into it and I cried after.", "consent_concern"),
    ("It was coercion, plain and simple.", "consent_concern"),
    ("He's my manager, and I've never actually said yes.", "consent_concern"),
    ("I slept with my boss after the party and I don't know if I wanted to.", "consent_concern"),
    ("It hurt too much, I said stop and he kept going.", "consent_concern"),
    ("He forced her and she cried.", "consent_concern"),
    ("He did it while I was asleep.", "consent_concern"),
    ("I woke up and he was already inside me while I was asleep.", "consent_concern"),
    ("I wasn't in the mood but he decided to anyway.", "consent_concern"),
    ("She was so drunk she didn't know where she was, and he kept going.", "consent_concern"),
    ("She was way drunker than I realised and halfway through she didn't know where she was.", "consent_concern"),
    ("I just lay there and cried while he did it.", "consent_concern"),
    ("He made me go down on him.", "consent_concern"),
    ("Did he force her? Yes, he forced her.", "consent_concern"),
    ("I wasn't ready, and my boyfriend just said okay, just five minutes then.", "consent_concern"),
]
#: Trauma words in a worry, a question or a good memory, and reactions said to be over (twentieth
#: session, a trauma dev probe file)...
TWENTIETH_TRAUMA_NEAR_MISSES = [
    ("I thought she was having a flashback, but she was laughing and said she felt safe.", "trauma_trigger"),
    ("He went into careful mode, asking if I was back there. I wasn't.", "trauma_trigger"),
    ("I know what a flashback feels like and this was nothing like it.", "trauma_trigger"),
    ("He said it was a flashback to last summer in the tent, our first time.", "trauma_trigger"),
    ("He cried after sex and I panicked because of what his ex did to him.", "trauma_trigger"),
    ("The smell of sunscreen took me back to Crete, our first trip, and I teared up.", "trauma_trigger"),
    ("Two years ago I would dissociate every time. After EMDR that doesn't happen anymore.", "trauma_trigger"),
    ("My dad died in the spring and I froze up in bed, then cried for him.", "trauma_trigger"),
    (
        "She said she's fine, just overwhelmed with her dad starting chemo, and she shook as she cried.",
        "trauma_trigger",
    ),
]
#: ...while coming to with no idea how, the same words as that night, and leaving the room in
#: one's head are read.
TWENTIETH_TRAUMA_KEPT = [
    ("I came to on the bathroom floor crying, no idea how I got there.", "trauma_trigger"),
    ("He used the same words as the man did that night and I cried for an hour.", "trauma_trigger"),
    ("Then I wasn't in my bedroom anymore, and I couldn't speak.", "trauma_trigger"),
    ("It was exactly that pain, from the party, and I started shaking.", "trauma_trigger"),
    ("Therapy helped for a while, but last night it all came back.", "trauma_trigger"),
    ("My dad hit me as a kid and when he raised his hand I froze and cried.", "trauma_trigger"),
    ("Her stepfather used to do that and she froze.", "trauma_trigger"),
]
#: Pain said to be wanted or minded not at all, and pain words that are a clinic, a knife in the
#: room or a dry orgasm (twentieth session)...
TWENTIETH_PAIN_NEAR_MISSES = [
    ("He went harder than usual, as I asked, and I cried from the sting.", "unwanted_pain"),
    ("It hurts, that's the point, and the crying lets the week drain out.", "unwanted_pain"),
    ("It hurt a bit the first time, which I expected and honestly didn't mind.", "unwanted_pain"),
    ("Sometimes the sting brings tears and I like that.", "unwanted_pain"),
    ("I'm on the waiting list for the pelvic pain clinic.", "unwanted_pain"),
    ("His orgasms are dry since the surgery and he cried about it.", "unwanted_pain"),
    ("I cried on the kitchen floor next to the knife block.", "unwanted_pain"),
    ("When she came she let out this high, sharp cry, and then she laughed.", "unwanted_pain"),
    ("Pain during sex? No. Crying after sex? Yes, most times.", "unwanted_pain"),
    ("Client denies coercion, pain, or low mood.", "unwanted_pain"),
    ("It was a painful breakup, and I cried after we slept together one last time.", "unwanted_pain"),
    ("My back was in agony from carrying boxes up three flights, and then we had sex and I cried.", "unwanted_pain"),
    ("Please burn this email after reading.", "unwanted_pain"),
    ("We played rough like I asked, and I just sobbed.", "unwanted_pain"),
    ("It's wanted, we have a safeword, the sting is the point.", "unwanted_pain"),
    ("Is this a sign I'm burning out?", "unwanted_pain"),
    ("During sex he said a phrase my ex used to say when he hurt me, and I froze.", "unwanted_pain"),
    ("We negotiate, I want the sting, and yes the pain is what makes my eyes spill over.", "unwanted_pain"),
    ("She cried when she came during wax play; she'd asked for all of it.", "unwanted_pain"),
    ("Her vulvodynia has settled a lot since the new cream.", "unwanted_pain"),
    (
        "For ten years sex was painful for her. A specialist sorted it; last night it didn't hurt her at all.",
        "unwanted_pain",
    ),
]
#: ...while pain minded after all, or harder than asked, is still read.
TWENTIETH_PAIN_KEPT = [
    ("It hurt and I didn't mind at first, but then it got too much.", "unwanted_pain"),
    ("He went harder than I asked and it hurt.", "unwanted_pain"),
    ("It stung the way I wanted at first, until it really hurt.", "unwanted_pain"),
    ("Pain during sex? Yes, every time.", "unwanted_pain"),
    ("My back was in agony during sex and I cried.", "unwanted_pain"),
    ("We played rough like I asked, but it hurt way more than I wanted.", "unwanted_pain"),
    ("My ex hurt me last night when he pushed in.", "unwanted_pain"),
    ("Her vulvodynia has not settled and sex still hurts.", "unwanted_pain"),
]
#: The partner's own panic at the tears is not a trigger (twentieth session)...
TWENTIETH_PANIC_NEAR_MISSES = [
    ("Her ex abused her, so when she cried last night I completely panicked.", "trauma_trigger"),
    ("She told me she was assaulted years ago. I panicked a bit when she teared up.", "trauma_trigger"),
    ("She was assaulted in college, and I panicked thinking I had hurt her.", "trauma_trigger"),
    ("He was abused as a kid. I panicked and spent the night googling.", "trauma_trigger"),
    # a lift home, a partner's pull, the pill and the office (twentieth session)
    ("At a work party a colleague took me back to his hotel room, and I cried the next day.", "trauma_trigger"),
    ("She was the one who pulled me back in.", "trauma_trigger"),
    ("I'm back on the pill and we cried with relief.", "trauma_trigger"),
    ("I want to remember this when I'm back at the office on Monday.", "trauma_trigger"),
]
#: ...while a panic near past harm in the one who cried still is.
TWENTIETH_PANIC_KEPT = [
    ("My ex abused me and when my new boyfriend held my wrists I panicked and cried.", "trauma_trigger"),
    ("he was abused as a boy and he panicked when I pinned his wrists", "trauma_trigger"),
    ("That touch took me back to that room and I cried.", "trauma_trigger"),
    ("I was back in the room with him, and I froze.", "trauma_trigger"),
]
#: Self-harm words said of something else: a balcony sat on, a bridge club, a symptom "gone for
#: good", stopping sex "for good", a shoulder blade, pain like a blade, dying of embarrassment,
#: cutting onions or cutting someone free (twentieth session)...
TWENTIETH_SELF_HARM_NEAR_MISSES = [
    ("We sat on the balcony until dawn making plans, and I cried from happiness.", "self_harm"),
    ("We met at a bridge club and I cried after our first night together.", "self_harm"),
    ("The orgasm I thought was gone for good came back, and I cried.", "self_harm"),
    ("He asked if I wanted to stop for good and I said no, just slower.", "self_harm"),
    ("It felt like a hot blade and I burst into tears.", "self_harm"),
    ("She rubbed between my shoulder blades and I cried.", "self_harm"),
    ("I wanted to die of embarrassment when I started sobbing.", "self_harm"),
    ("My eyes water like when I cut onions.", "self_harm"),
    ("The firefighters had to cut her out of the car.", "self_harm"),
    ("He shaved my head with his clippers and razor, then we had sex and I cried.", "self_harm"),
    ("She said she wanted to throw her phone off my balcony so she'd stop checking it.", "self_harm"),
    ("I went to bed early with a migraine and took my meds, which make me drowsy.", "self_harm"),
    ("She has dryness since she takes the pills for the cancer.", "self_harm"),
]
#: ...but a balcony stood on or looked down from, the bridge, wanting it all to stop for good,
#: being gone for good, wanting to die, and blades are still read.
TWENTIETH_SELF_HARM_KEPT = [
    ("Last night I stood on the balcony thinking about the drop.", "self_harm"),
    ("after he sleeps I go to the balcony and look down for a long time", "self_harm"),
    ("sometimes i think about jumping off the balcony", "self_harm"),
    ("I stood on the bridge for an hour after we had sex.", "self_harm"),
    ("I just want to make it all stop for good.", "self_harm"),
    ("he'd be better off if I was gone for good", "self_harm"),
    ("i want to die lol", "self_harm"),
    ("I cut myself with a blade after sex.", "self_harm"),
    ("I bought new blades yesterday.", "self_harm"),
    ("gonna yeet myself off the balcony if i cry during sex one more time", "self_harm"),
    ("I keep a razor in my bag since that night.", "self_harm"),
    ("Last night I took all my pills at once.", "self_harm"),
    ("I've been saving up my tablets.", "self_harm"),
    ("he swallowed a handful of pills after we fought", "self_harm"),
]

#: Twenty-first session: sideways wordings from three dev probe files (self-harm told by a crisis
#: line, by marks or by affairs put in order; pain as a likeness; a flashback "in that place again";
#: pressure as upset at a no or a wife's duty), written for the tests...
TWENTY_FIRST = [
    ("I was on the phone to a crisis line until three in the morning.", "self_harm"),
    ("Crisis line again last night after we slept together.", "self_harm"),
    ("She texted the Samaritans from the bathroom after we had sex.", "self_harm"),
    ("I knelt on the tiles until my knees were bleeding.", "self_harm"),
    ("I held the iron against my arm until it blistered.", "self_harm"),
    ("He can't ever know what I did to my wrists.", "self_harm"),
    ("She says she doesn't want to be around much longer.", "self_harm"),
    ("I pinched the back of my arm until it bruised.", "self_harm"),
    ("He left a list of his passwords and who to call about the car.", "self_harm"),
    ("It felt like being scraped raw inside and I cried.", "unwanted_pain"),
    ("every time it's like being split in two and i cry after", "unwanted_pain"),
    ("It felt like stitches pulling, and I cried into the pillow.", "unwanted_pain"),
    ("I keep my face in the pillow so he doesn't notice me wincing.", "unwanted_pain"),
    ("The smell of his jacket and suddenly I'm on that boat again.", "trauma_trigger"),
    ("My friend said he 'just kept going' after she told him it hurt.", "consent_concern"),
    ("He gets upset if I say no, so I just do it and cry after.", "consent_concern"),
    ("My husband says a wife must obey, so I give him sex and cry.", "consent_concern"),
    ("he gets so hurt when I don't want to, so I do it anyway", "consent_concern"),
]
#: ...the hard negatives they brought up (bungee jumps, a bridge where a couple met, cramps in a
#: leg, soreness worn gladly, a partner's worry, an urge that "screams")...
TWENTY_FIRST_NEAR_MISSES = [
    ("I volunteer on a rape crisis line, and last night after sex I cried about a call.", "self_harm"),
    ("We went bungee jumping off a bridge on our honeymoon and I cried after sex that night.", "self_harm"),
    ("I proposed to him on the bridge where we first met, and we both cried later in bed.", "self_harm"),
    ("This week can go jump off a bridge, honestly.", "self_harm"),
    ("I shaved with my new razor and still cried after sex, nerves.", "self_harm"),
    ("Overdosed on oxytocin, cried for ten minutes.", "self_harm"),
    ("His restaurant went under last spring and he cries after sex now.", "self_harm"),
    ("I got a cramp in my calf halfway through and we both cried laughing.", "unwanted_pain"),
    ("Period cramps were bad so we tried sex to see if it helped.", "unwanted_pain"),
    ("Sore this morning, zero regrets.", "unwanted_pain"),
    ("I'm sore and a bit smug about it.", "unwanted_pain"),
    ("I cried, not because something hurt, just because I love her.", "unwanted_pain"),
    ("The smell of the sea took me straight back to our honeymoon and I cried.", "trauma_trigger"),
    ("my bf keeps asking if he pressured me. he didn't, I started it.", "consent_concern"),
    ("My wife worries she made me do it, but I started it.", "consent_concern"),
    (
        "I was scared I was hurting her or that she didn't really want it, but she told me to carry on.",
        "consent_concern",
    ),
    ("I asked her if anything had happened that she didn't want, and she laughed and said no.", "consent_concern"),
    ("I've told him a hundred times we don't need to have sex.", "consent_concern"),
    ("The urge to cut is screaming at me tonight.", "consent_concern"),
    ("He just lay there laughing after we knocked the lamp over.", "consent_concern"),
    ("I cried about all the years I didn't feel like this.", "consent_concern"),
    ("He didn't stop holding me while I cried.", "consent_concern"),
    ("The one time I asked to stop, he was sweet about it.", "consent_concern"),
]
#: ...and what must still raise its flag next to them.
TWENTY_FIRST_KEPT = [
    ("He didn't stop when I cried.", "consent_concern"),
    ("I asked him to stop and he was sweet about it, but then he kept going.", "consent_concern"),
    ("My friend says the rape crisis line helped her after he forced her.", "consent_concern"),
    ("I got a cramp deep inside and it hurt so much I cried.", "unwanted_pain"),
    ("i dont want to be around anymore", "self_harm"),
    ("I thought about jumping off the bridge after we had sex.", "self_harm"),
    ("I shaved, then took the razor to my wrist.", "self_harm"),
    ("Sore for days and I hate it, but I never tell him.", "unwanted_pain"),
    ("I'm back in that cellar again whenever he holds my wrists.", "trauma_trigger"),
]

#: Twenty-first session, from a dev probe file told by partners and friends: pain kept quiet
#: ("didn't want to tell me it hurt", a sting endured so as not to spoil the mood)...
TWENTY_FIRST_PARTNERS = [
    ("She told me later it stung the whole time and she didn't want to ruin the mood.", "unwanted_pain"),
    ("He didn't want to tell me it hurt because it was our anniversary.", "unwanted_pain"),
    ("i never dare say it hurts", "unwanted_pain"),
]
#: ...a partner's fear of having hurt, pushed or guilted someone, a no-pain answer, pain now under
#: control, burn marks (self-harm's flag), a dry patch...
TWENTY_FIRST_PARTNERS_NEAR_MISSES = [
    ("I was terrified I was hurting her, so I stopped and asked.", "unwanted_pain"),
    ("I was frightened I'd pushed her too soon or hurt her.", "unwanted_pain"),
    ("We'd been in a dry patch for months before last night.", "unwanted_pain"),
    ("He showed me the little burn marks on his arm.", "unwanted_pain"),
    ("When I posted last year his pain was bad; now it's under control and he cried from relief.", "unwanted_pain"),
    ("She pulled me back and said it doesn't hurt, she wanted this.", "trauma_trigger"),
    ("I asked if the guy had done anything he didn't want, and he said no, it was fun.", "consent_concern"),
    ("She was crying but said it was good crying, so I kept going.", "consent_concern"),
    ("When she cried I was convinced I'd guilted her into it, but she laughed.", "consent_concern"),
]
#: ...and what must still raise its flag next to them.
TWENTY_FIRST_PARTNERS_KEPT = [
    ("She was sobbing and I kept going anyway.", "consent_concern"),
    ("Last year sex hurt and it still hurts now.", "unwanted_pain"),
    ("I realised I was hurting her and I kept going.", "unwanted_pain"),
    ("It stung the whole time, which I'd asked for, but then he went harder than we agreed.", "unwanted_pain"),
]

#: Twenty-first session, from a dev probe file of long, wandering posts: words for feelings, work
#: and a helpline's questions read as pain, a trigger or pressure...
TWENTY_FIRST_LONG_POSTS_NEAR_MISSES = [
    ("She flinches whenever I touch her neck, and then she is somewhere else.", "unwanted_pain"),
    ("She said no again, a bit sharper, and I stopped.", "unwanted_pain"),
    ("I cry after, not because of him and not because of pain.", "unwanted_pain"),
    ("The counsellor typed: are you hurt right now?", "unwanted_pain"),
    ("She was a bit hurt that I'd assumed the worst.", "unwanted_pain"),
    ("He flinches like he's been burned when I touch his back, then he's gone.", "unwanted_pain"),
    ("I punched the wall and hurt my hands on purpose.", "unwanted_pain"),
    ("He burns the inside of his wrist with a lighter after we sleep together.", "unwanted_pain"),
    ("My wife cried too, which set me off.", "trauma_trigger"),
    ("My first thought was: am I bringing it back for her?", "trauma_trigger"),
    ("It's worth pushing for a specialist referral.", "consent_concern"),
    ("I felt like I had to reassure him afterwards.", "consent_concern"),
    ("Then she said 'ignore me' and rolled over.", "consent_concern"),
    ("He asks if he did something and I say no because he didn't.", "consent_concern"),
    ("Nothing has ever happened that I didn't want.", "consent_concern"),
    ("I thought something had happened she didn't want, but she was crying about her dad.", "consent_concern"),
    ("He'd never make me do anything I didn't want.", "consent_concern"),
    ("I'm worried I pressured her without realising.", "consent_concern"),
    ("A patient's family was shouting at me all week, and I cried after sex.", "consent_concern"),
    ("He finds it easier if I explain things to the therapist first.", "self_harm"),
]
#: ...and what must still raise its flag next to them.
TWENTY_FIRST_LONG_POSTS_KEPT = [
    ("She flinches every time I move, then cries after.", "unwanted_pain"),
    ("i white-knuckle the sheets the whole time and cry after", "unwanted_pain"),
    ("He ignored me when I said stop.", "consent_concern"),
    ("I said no because I didn't want to, and he did it anyway.", "consent_concern"),
    ("It would be easier if I wasn't here.", "self_harm"),
    ("He kept pushing for sex after I said no.", "consent_concern"),
    ("It felt like I had to, so I did.", "consent_concern"),
    ("A sharp pain every time he moves.", "unwanted_pain"),
    ("She cut the inside of her arm after we had sex.", "self_harm"),
]

#: Twenty-first session: an assault told in the passive is history (a trigger, not this flag),
#: unless placed in the night told or named as by the partner; a no said before and taken well...
TWENTY_FIRST_HISTORY_NEAR_MISSES = [
    ("My wife was sexually assaulted, and she still cries after sex sometimes.", "consent_concern"),
    ("He was assaulted by a coach, and tonight a smell brought it back.", "consent_concern"),
    ("She's said no before and I've never argued.", "consent_concern"),
    ("I say no when I'm not up to it and she's totally fine with that.", "consent_concern"),
    ("If I say not tonight, he says okay and means it.", "consent_concern"),
    ("I was assaulted at 19; last night I cried from relief, nothing was triggered.", "trauma_trigger"),
]
#: ...and what must still raise the flag: the passive by a partner was missed before.
TWENTY_FIRST_HISTORY_KEPT = [
    ("I was sexually assaulted last night by my date and I can't stop crying.", "consent_concern"),
    ("I was assaulted by my boyfriend while I slept.", "consent_concern"),
    ("He sexually assaulted me while I slept.", "consent_concern"),
    ("I've said no before and he just said okay, but then he kept going.", "consent_concern"),
    ("Nothing was triggered until he held my wrists, then I was back in that room.", "trauma_trigger"),
]

#: Twenty-first session, from two dev files of self-harm hinted in learner English, by friends and
#: in long posts: the family pictured after, a height or a dose looked up, a hospital stay "for
#: taking too much", punishment, a goodbye, affairs put in order, a gun taken out, joining the dead...
TWENTY_FIRST_SELF_HARM = [
    ("She said the kids would adjust and I'd remarry, then went to sleep.", "self_harm"),
    ("his last text said 'you'd all be fine' and then nothing", "self_harm"),
    ("She asked me, half joking, how many floors our building has, and whether it's enough.", "self_harm"),
    ("I looked up which pills are strongest and what dose would do it.", "self_harm"),
    ("Last year I was in hospital for taking too much, and last night it all came back.", "self_harm"),
    ("Afterwards I stand in a freezing shower because I think I deserve to be punished.", "self_harm"),
    ("I slapped myself in the face until my cheek burned.", "self_harm"),
    ("I won't be her problem much longer.", "self_harm"),
    ("The text he sent at 3am was a goodbye, I'm sure of it.", "self_harm"),
    ("She wrote that she was sorry for what comes next.", "self_harm"),
    ("I've already written the letters; they're in a box under the bed.", "self_harm"),
    ("He checked that the life insurance pays out regardless of how he dies.", "self_harm"),
    ("She put all the passwords and account details in one document for me.", "self_harm"),
    ("He had the rifle out again last night, just sitting with it.", "self_harm"),
    ("Since her dad died she says she wants to go be with him.", "self_harm"),
]
#: ...and the everyday use of the same words.
TWENTY_FIRST_SELF_HARM_NEAR_MISSES = [
    ("I could have slapped myself for forgetting the condoms.", "self_harm"),
    ("We took out life insurance when we bought the flat, and I cried after sex that week.", "self_harm"),
    ("He moved to Toronto and I want to go be with him next year.", "self_harm"),
    ("The kids were at their gran's, so we had the house to ourselves.", "self_harm"),
]

#: Twenty-first session, from a dev file of triggers said sideways: the body or the self back in
#: the past, someone else's hands, a feeling "from before", a child's voice; and not remembering,
#: which is a consent concern with drink or sleep in the account...
TWENTY_FIRST_TRIGGERS = [
    ("I was so drunk I don't remember much of it, and I cried in the morning.", "consent_concern"),
    ("She barely remembers any of it, she'd had a lot of wine.", "consent_concern"),
    ("I don't remember saying yes.", "consent_concern"),
    ("My mind knows I'm safe, but my body thinks it's 1998 again.", "trauma_trigger"),
    ("When he's behind me I'm suddenly small and the room smells wrong.", "trauma_trigger"),
    ("I cried because I could feel his hands, not my husband's.", "trauma_trigger"),
    ("there's this feeling that something from before is happening and I freeze", "trauma_trigger"),
    ("the dark brings a reason from before that I can't type out", "trauma_trigger"),
    ("Afterwards she cries and asks for her mum in a tiny voice.", "trauma_trigger"),
    ("My girlfriend says I sound six when it happens, and I don't remember it.", "trauma_trigger"),
    ("The smell of beer sent me 'back' to that flat.", "trauma_trigger"),
]
#: ...and the same words in a question, or lost time with no drink or sleep (a flashback's).
TWENTY_FIRST_TRIGGERS_NEAR_MISSES = [
    ("I don't remember much after that, just crying on the bathroom floor.", "consent_concern"),
    ("That sounds like six hours of sleep, lucky you; I cried after sex anyway.", "trauma_trigger"),
    ("Afterwards she was curled up and didn't remember any of it, like the old flashbacks.", "consent_concern"),
    ("My therapist asked if something from before might be surfacing, and honestly it isn't.", "trauma_trigger"),
]

#: Twenty-second session: warning signs only the head's score had caught on two training
#: accounts (cherished things given away, no more need for one's things, a goodbye left to be
#: passed on), lines on the arms, and pain shown by a partner who insists on going on...
TWENTY_SECOND = [
    ("Last week I gave my cousin my camera and my good jacket.", "self_harm"),
    ("he gave away his records and all his books to the lads from work", "self_harm"),
    ("I gave away all my things last month.", "self_harm"),
    ("honestly i dont need my stuff anymore", "self_harm"),
    ("Tell everyone I said goodbye if they ask about me.", "self_harm"),
    ("When she changed I saw thin red lines on her forearm, new ones.", "self_harm"),
    ("His wrists, when he rolled up his sleeves, had lots of tiny straight lines.", "self_harm"),
    ("He winces every time and his jaw is clenched, but he tells me to keep going.", "unwanted_pain"),
    ("She grips the sheets so hard, then insists we keep trying.", "unwanted_pain"),
    ("Her face goes tight the whole time. She says 'keep going' and then cries after.", "unwanted_pain"),
    ("My ex hurt me every time we had sex, and now I cry before it even starts.", "unwanted_pain"),
    ("It ached the whole time and she kept going because she didn't want to upset me.", "unwanted_pain"),
    ("I begged him to stop and he kept going because he didn't want to ruin the night.", "consent_concern"),
]
#: ...and their near misses: things given away for a move, a goodbye before a flight, stretch marks,
#: a wince that was wanted, skin scrubbed raw (self-injury's own flag), a past abuser who "hurt him".
TWENTY_SECOND_NEAR_MISSES = [
    ("I gave my old books to the charity shop before the move.", "self_harm"),
    ("We don't need the baby stuff anymore, so it went to my sister.", "self_harm"),
    ("Tell everyone I said bye, I'm boarding now!", "self_harm"),
    ("She has thin silver lines on her thighs, stretch marks from the twins.", "self_harm"),
    ("I winced when he bit my shoulder, which I'd asked for, and told him to keep going.", "unwanted_pain"),
    ("He said to keep going and I did, and we laughed the whole time.", "unwanted_pain"),
    ("I winced when she bit my neck, which I'd asked for, and I cried from how good it was.", "unwanted_pain"),
    ("After he left I scrubbed in the shower until my skin was raw.", "unwanted_pain"),
    ("He told me his old coach hurt him, and last night he cried in my arms.", "unwanted_pain"),
    ("It ached the whole time and she kept going because she didn't want to upset me.", "consent_concern"),
    ("His knee hurts every time, and he keeps going because he doesn't want me to feel unwanted.", "consent_concern"),
]

#: Twenty-third session, from a dev probe file of flags said without their usual words: a kit
#: kept under the bed opened again, long sleeves in the heat with a hint of why, a note to family,
#: a service history near a freeze, a child's promise said sorry for, pain told by a partner
#: afterwards, a limit crossed.
TWENTY_THIRD = [
    ("I took the tin out from under my bed again last night, first time in months.", "self_harm"),
    ("Opened my kit under the bed for the first time since spring.", "self_harm"),
    ("Wore a hoodie all day in the heatwave. you know why.", "self_harm"),
    ("She's in long sleeves even in August, and I think she's hiding her arms.", "self_harm"),
    ("After he fell asleep I wrote a letter to my sister and deleted it.", "self_harm"),
    ("He served three tours. When the car backfired during sex he went completely rigid and cried.", "trauma_trigger"),
    ("she kept whispering 'sorry, I'll be good' and didn't seem to see me", "trauma_trigger"),
    ("My boyfriend told me afterwards that I was too rough and he cried in the shower.", "unwanted_pain"),
    ("Choking was a limit we agreed on. She did it anyway, and I cried.", "consent_concern"),
    ("Lately I think about ways to hurt the parts of my body I hate.", "self_harm"),
    ("I've been thinking about hurting the parts I hate again.", "self_harm"),
    ("cried after he left and the old urges are back, i'm fighting them", "self_harm"),
    ("Halfway through I was back in the barracks. I don't remember the next few minutes.", "trauma_trigger"),
    ("She says she loses the middle bit and comes back crying.", "trauma_trigger"),
    ("I feel like I'm floating above the bed. Maybe it's what my stepdad did.", "trauma_trigger"),
    ("He knows about my past. When I shut down and cry he stops.", "trauma_trigger"),
    ("Being held from behind = instant panic. I know where it comes from.", "trauma_trigger"),
    ("Mid-sex I was on my knees in that classroom again, and I sobbed.", "trauma_trigger"),
    ("he said i begged him not to tell my mum, in a little voice, and i cried", "trauma_trigger"),
    ("She went far away, then said it was something that happened to her before we met.", "trauma_trigger"),
    ("I tense up the whole time and tell him I'm fine, then cry in the bathroom.", "unwanted_pain"),
    ("i'm clenching up every time and i just wait for it to be over", "unwanted_pain"),
    ("it was rough and i hated it, but i didn't say so", "unwanted_pain"),
    ("Since the surgery it feels bruised when he goes deep, and I cry.", "unwanted_pain"),
    ("When he says that word I stop feeling my hands. My uncle used to say it.", "trauma_trigger"),
    ("It's like watching us through glass, and my cousin is why.", "trauma_trigger"),
    ("He asked whether his brother would cope without me, then changed the subject.", "self_harm"),
    ("she keeps saying it'll all be much easier soon and won't say what", "self_harm"),
    ("If I ever go, the cat goes to my sister, ok?", "self_harm"),
    ("After, I punched the door and then my own legs, over and over.", "self_harm"),
    ("Went down to the harbour alone and stood right at the edge for an hour.", "self_harm"),
    ("I keep counting my sleeping pills to see if it is enough.", "self_harm"),
]
#: ...and their near misses: a box of toys, a jumper on a cold summer night with nothing hidden, a
#: thank-you note, laughter "in tears", nails dug into the sheets, a razor for shaving, a wish to
#: be gone that is not a flashback, pain denied as the reason, a pause taken together.
TWENTY_THIRD_NEAR_MISSES = [
    ("We got the box of toys out from under the bed, first time in months!", "self_harm"),
    ("I wore a jumper in July because the evening was cold.", "self_harm"),
    ("I wrote a thank-you note to my mum for the dinner.", "self_harm"),
    ("After the menopause I thought I was done, but the old urges for him are back and I'm scared.", "self_harm"),
    ("He fell off the bed and we ended up in tears from laughing.", "unwanted_pain"),
    ("We drank far too much wine and I don't remember the end of the night. I cried in the morning.", "trauma_trigger"),
    ("I was in that church until I was 20, and last night I cried from how free I felt.", "trauma_trigger"),
    ("He knows about my past relationships and he's patient when I cry.", "trauma_trigger"),
    ("I'd rather be dead than sit through another budget meeting, but sex last night was lovely.", "self_harm"),
    ("If I go to Spain, my plants go to my neighbour.", "self_harm"),
    ("I owe her an apology for crying all over her.", "consent_concern"),
    ("She's stopped wanting the lights on, which is fine.", "consent_concern"),
    ("Afterwards, when she was asleep, I cried in the bathroom.", "consent_concern"),
    ("cried at the end bc he said he loved me. im deceased. rip me", "unwanted_pain"),
    ("She says the marks are razor burn from shaving, and she cries after sex.", "unwanted_pain"),
    ("He kissed the scars and asked, very gently, if I'd ever hurt myself. I said no and cried.", "consent_concern"),
    ("We stood at the edge of the dance floor and I cried at his speech.", "self_harm"),
    ("I braced for it to hurt, and it didn't. I cried with relief.", "unwanted_pain"),
    ("We like it rough, she holds her breath on purpose and tells me it's great, and it is.", "unwanted_pain"),
    ("I dug my nails into the sheets when I came and cried happy tears.", "self_harm"),
    ("I shaved my legs for the occasion with a new razor and cried when he said he loved me.", "self_harm"),
    ("I cried after and thought they'd all be relieved if I was gone.", "trauma_trigger"),
    ("I cried, not because he hurts me, he never does, but because I love him.", "unwanted_pain"),
    ("She thought the graze had hurt, but I was crying because she said she loved me.", "unwanted_pain"),
    ("Lately I think about ways to hurt the parts of my body I hate.", "unwanted_pain"),
    ("She said the only thing that hurt was how long we'd waited.", "unwanted_pain"),
    ("I don't know how to stop the after, the sadness that comes when he leaves.", "consent_concern"),
]

#: Twenty-fourth session: what still raises consent next to the new exceptions (a hold by the
#: partner, a want denied before pain is named or beside pressure, pain beside a feeling)...
TWENTY_FOURTH = [
    ("He held me down after I said no, and I cried the whole time.", "consent_concern"),
    ("It felt like he wasn't listening, he held my wrists down anyway.", "consent_concern"),
    ("it hurt and i didn't want to keep going, but he got angry when i stopped", "consent_concern"),
    ("I didn't want it and he kept going even when the pain got bad.", "consent_concern"),
    ("My husband holds me down even when I say I'm not in the mood.", "consent_concern"),
    ("It was so dry it hurt, and I cried after.", "unwanted_pain"),
    ("I love him so much, but it hurts every time he goes deep.", "unwanted_pain"),
    ("I was so happy and it hurt so much, and I cried.", "unwanted_pain"),
    ("I was waiting for the pain and it came, sharp, and I cried.", "unwanted_pain"),
    ("I stopped wanting it months ago but he keeps on, and I cry after.", "consent_concern"),
    ("I didn't want it to be like this, but he sulks for days if I say no.", "consent_concern"),
    # ...and what dev_pj's writer said without the usual words
    ("She was holding her breath, and said 'don't worry about it, I like making you happy.'", "unwanted_pain"),
    (
        "For the first minutes it's like being split down the middle, so I bite the pillow until it eases off.",
        "unwanted_pain",
    ),
    ("Her knuckles were white on the headboard. Later she said she didn't want to spoil it for me.", "unwanted_pain"),
    ("She says it's like someone pressing on a bruise the whole time.", "unwanted_pain"),
    ("It was as if forty years fell away and I was back in my first marriage. I went stiff.", "trauma_trigger"),
    ("I kept saying 'come on, just a little bit' until she said 'fine'.", "consent_concern"),
    ("Replaying it, I think I just wore her down.", "consent_concern"),
    ("I kept saying I should get home and she kept pulling me back onto the bed.", "consent_concern"),
    ("Cried after sex again, and kept the duvet over my thighs so he wouldn't see the new lines.", "self_harm"),
    ("It still feels like pressing on a bad sunburn, and I haven't told her.", "unwanted_pain"),
    ("My wife has dementia. I keep thinking about whether she really knew it was me.", "consent_concern"),
    # ...and dev_pl's (phone messages)
    ("is it normal that it burns the whole time and i cry after? havent told her", "unwanted_pain"),
    ("when u sleep w someone is it supposed to feel like ur being split in half??", "unwanted_pain"),
    ("her gf's laugh sounded like the guy from the party last year and she cried", "trauma_trigger"),
    ("my new aftershave smells exactly like that guy. i threw it out", "trauma_trigger"),
    ("he stopped responding, eyes open but like nobody home, then he cried", "trauma_trigger"),
    ("i wasnt awake when you started. i cried in the shower after", "consent_concern"),
    ("i woke up and you were already going and i didnt know what to do", "consent_concern"),
    ("I said no and he said no problem, but then he kept going anyway.", "consent_concern"),
    ("my sister says her bf does it while shes asleep and she wakes up crying", "consent_concern"),
    # ...and dev_pn's (long accounts, the flag in one sentence)
    ("the aftershave was the same one and i was kind of back in that hallway when i was eleven", "trauma_trigger"),
    ("I think he can't say yes the way he used to, since the stroke, and I cry after.", "consent_concern"),
    ("i've started doing the old thing again on my arm, just small ones", "self_harm"),
    ("i've been wearing long sleeves even in bed with her so she doesn't see", "self_harm"),
    ("Two weeks ago he said he does not see himself at thirty.", "self_harm"),
    ("I've been saving up my tramadol. There's a fair amount now, in a sock in my drawer.", "self_harm"),
    ("I thought very calmly that I could just end it and not have to carry this anymore.", "self_harm"),
    ("Some nights I wish I had died back then.", "self_harm"),
    ("I keep a lighter in my bag for my arms.", "self_harm"),
]
#: ...and its near misses: a hold by a nurse or "the women" in a memory, or a present touch that
#: only felt like one; pain named as what was not wanted (unwanted pain, not consent); hurt that
#: is a feeling, an advice column, a wall.
TWENTY_FOURTH_NEAR_MISSES = [
    ("I was seven, with a nurse holding me down for the blood draw, and his hand brought it back.", "consent_concern"),
    ("She says she can hear the women holding her down, and then she cries.", "consent_concern"),
    ("afterwards she said it felt exactly like the nurse holding her down", "consent_concern"),
    ("It was a deep ache that I honestly didn't want, and I cried after.", "consent_concern"),
    ("there was a sharp pain deep inside, which I did not want, and I cried", "consent_concern"),
    ("I love sex with him, it's the pain I don't want.", "consent_concern"),
    ("I cry after sex because I love him so much it physically aches in my chest.", "unwanted_pain"),
    ("She said she is so happy with me that it hurts.", "unwanted_pain"),
    ("The pain of my heart is the reason, not the body.", "unwanted_pain"),
    ("Dear agony aunt, I cried after sleeping with my ex.", "unwanted_pain"),
    ("Two kids and a dog that eats drywall, and I cry after sex.", "unwanted_pain"),
    ("I was lying there waiting for the pain and it didn't come, and I just cried.", "unwanted_pain"),
    ("He was gentle, and there was nothing about it I didn't want.", "consent_concern"),
    ("I thought I'd hurt her or done something she didn't want, so I asked.", "consent_concern"),
    ("I lie awake wondering whether she has stopped wanting me.", "consent_concern"),
    ("We've never stopped wanting each other; it just stopped working.", "consent_concern"),
    ("I didn't hint, didn't sulk, I honestly don't mind.", "consent_concern"),
    ("I bite my lip when he goes down on me, it feels so good.", "unwanted_pain"),
    ("My knuckles went white on the steering wheel on the way home.", "unwanted_pain"),
    ("Work wears me down and I cry after sex.", "consent_concern"),
    ("Do I owe him the story? We met at the bowls club.", "consent_concern"),
    ("Jade was going to be hurt and sulky for the rest of the weekend.", "unwanted_pain"),
    ("Everyone's clear about what it is, no one's doing anything they don't want to.", "consent_concern"),
    ("Like there's a ledger somewhere and I've lost points.", "self_harm"),
    ("I have never wanted to die more (of embarrassment).", "self_harm"),
    ("I borrowed his razor to shave my legs before our date.", "self_harm"),
    ("I got a sunburn at the beach, and cried after sex because I was so happy.", "unwanted_pain"),
    ("is it normal if it hurts the first time? asking before we try", "unwanted_pain"),
    ("his cologne smells like the guy from the advert lol, i cried laughing", "trauma_trigger"),
    ("omg did i hurt u and she was like no ur just good at this", "unwanted_pain"),
    ("I was terrified I was doing something wrong or he didn't actually want it.", "consent_concern"),
    ("she said she wasnt comfy with that, i said np. was it bc i said no?? she cried after", "consent_concern"),
    ("he said no to trying a toy, i said np, we cuddled", "consent_concern"),
    ("After sex, when she is sleeping, I go to the balcony and cry.", "consent_concern"),
    ("I couldn't say yes fast enough, and then I cried from happiness.", "consent_concern"),
    ("Please don't call him without asking me first.", "consent_concern"),
    ("I wore long sleeves in bed because the heating broke.", "self_harm"),
    ("A mate told me I should end it with her, and I think he's right.", "self_harm"),
    ("At the end it's just release, my whole body lets go.", "self_harm"),
    ("I'd thought that part of me had died on the operating table, and it hadn't.", "self_harm"),
    ("Saturday we did a caning scene, which we've done before at a lighter level.", "self_harm"),
    ("She cut her thumb chopping onions because she was so distracted.", "self_harm"),
    ("Vaginismus finally gone after two years of treatment. First time tonight and I cried.", "unwanted_pain"),
    (
        "I said 'wait, can we stop' and my partner was off me and wrapping me in a blanket in about one second.",
        "consent_concern",
    ),
]

#: Twenty-fifth session, dev probes: a goodbye in a thank-you, pain as a likeness, a condom taken off
#: in other words, a face turned to the wall...
TWENTY_FIFTH = [
    ('She texted "thanks for everything, you were always the best" and now her phone is off.', "self_harm"),
    ("Thank you for everything, you were a good friend to me. Sorry.", "self_harm"),
    ("It felt like lying on gravel the whole time and I cried in the shower after.", "unwanted_pain"),
    ("every time now it's like a paper cut in there, and I just wait for it to end", "unwanted_pain"),
    ("It was like he was dragging a grater along me, and I didn't say anything.", "unwanted_pain"),
    ("like a zipper catching, over and over, and I cried after", "unwanted_pain"),
    ("It's like someone pressing hard on a bruise the whole time.", "unwanted_pain"),
    ("He took the rubber off halfway through without telling me.", "consent_concern"),
    ("She just turns her face to the wall and waits, and I hear her crying later.", "consent_concern"),
    ("It's like something being forced where it doesn't fit, and I smile through it.", "unwanted_pain"),
    ("I found a text to his sister that read like a goodbye.", "self_harm"),
    ("In his notes app he'd written sorry for 'what's coming'.", "self_harm"),
    ("Halfway through I was watching the two of us from the ceiling, like after my uncle.", "trauma_trigger"),
    # dev_ps: pain said through the body or a likeness, a trigger said through a child's voice or a gaze
    ("It's like someone put a hot poker in me, and I smile and say ok.", "unwanted_pain"),
    ("does it always feel like being stretched on a rack or is it just me", "unwanted_pain"),
    ("His face screws up every time, and he says 'it's fine, keep going'.", "unwanted_pain"),
    ("she tenses up the whole time and goes 'yeah, fine' when I ask", "unwanted_pain"),
    ("It's like a stitch when you run, but down there, every time.", "unwanted_pain"),
    ("she says it's like being pulled open where she was stitched", "unwanted_pain"),
    ("He grits his teeth through it and cries in the shower after.", "unwanted_pain"),
    ("it feels like a fist twisting down there for an hour after", "unwanted_pain"),
    ("Her uncle abused her, and after sex she talks in a little voice and asks if she's in trouble.", "trauma_trigger"),
    ("His dad used to beat him. Afterwards his eyes go straight through me for a while.", "trauma_trigger"),
    ("She was abused as a kid, and sometimes sex drags the old stuff up.", "trauma_trigger"),
    ("When he says 'my girl' I am again in my father's flat and I can't breathe.", "trauma_trigger"),
    # dev_pu: a veiled threat to tell, a no talked over
    ("He said it would be a shame if my wife saw those messages, so I went.", "consent_concern"),
    ("i said i didnt want to, he said 'youll love it once we get going'", "consent_concern"),
    ("He talked me into it again after I said I was too tired.", "consent_concern"),
    # ...and what still raises beside the new exceptions
    ("RIP my skin, it ripped and bled and I cried.", "unwanted_pain"),
    ("It hurt more than I'd hoped and I asked him to stop, he didn't.", "unwanted_pain"),
    ("I didn't want it, I told him, and there was nothing I could do.", "consent_concern"),
    ("I don't want to go through that again, he kept pushing.", "consent_concern"),
    ("the physio worked for a while but the vaginismus is back and it burns", "unwanted_pain"),
    ("Every time we have sex it brings it all up again, what my uncle did.", "trauma_trigger"),
]
#: Twenty-sixth session (dev_pv, dev_pw): a yes worn out of someone, a no that brings anger, a stop
#: said "stuff like" and not heeded.
TWENTY_SIXTH = [
    ("He brings it up every night until finally she says 'fine' and they do it.", "consent_concern"),
    ("In the end I just say okay, because he'll ask again tomorrow anyway.", "consent_concern"),
    ("Saying no sets her off for a week, so I mostly don't.", "consent_concern"),
    ("She's said things like 'wait' a couple of times and I just carried on.", "consent_concern"),
    ("He kept asking about it for weeks and I finally said yes.", "consent_concern"),
]
#: ...and its near misses: idioms of pain and a reassurance, a partner checking in about pain or
#: going slow, a "no" that answers about tears, letting someone have their feelings.
TWENTY_SIXTH_NEAR_MISSES = [
    ("Work has been a real pain in the neck this month and I cried it all out after.", "unwanted_pain"),
    ("The pain in the neck that is my landlord rang just before.", "unwanted_pain"),
    ("We're both adults, nobody is getting hurt, I just cry afterwards.", "unwanted_pain"),
    ("We took it slow and she kept asking, and it was lovely.", "consent_concern"),
    ("The whole time I kept asking about pain and he said there wasn't any.", "consent_concern"),
    ("I said 'no tears of sadness, promise' and we both laughed.", "consent_concern"),
    ("Just hold him and let him have his moment.", "consent_concern"),
]
#: Twenty-eighth session (dev_qd, dev_qe, dev_qf, dev_qg): a denial of pain taken back at once, a
#: torn frenulum, a time slip ("suddenly I was nineteen again"), another's face on the partner's,
#: minutes lost, a disaster lived through, years of lying still; a no worn down by someone who
#: "keeps on at her", a yes only prayed through, a threat to tell hinted at, "absolutely wasted", a
#: partner who "lets it happen" since a wall was punched, and a parent with dementia who no longer
#: understands what happens.
TWENTY_EIGHTH = [
    ("It doesn't really hurt. Okay, it does. I just never say so.", "unwanted_pain"),
    ("My boyfriend tore his frenulum halfway through and we both ended up crying.", "unwanted_pain"),
    ("His hand on my hip and suddenly I was eighteen again, lying in that dorm.", "trauma_trigger"),
    ("He kissed my neck and it was Dale's face again, the man from the party years ago.", "trauma_trigger"),
    ("Afterwards I realised I'd lost about twenty minutes, same as when my stepdad came home.", "trauma_trigger"),
    ("A door slammed during sex and suddenly I was under the rubble again, screaming.", "trauma_trigger"),
    (
        "Forty years married to a drunk, and in bed I learned to lie still. Now a kind man touches me and I shake.",
        "trauma_trigger",
    ),
    ("Through the wall I could hear him keep on at her for ages, then she was crying.", "consent_concern"),
    ("I lie there praying for it to end so the kids don't wake.", "consent_concern"),
    ("He said that maybe my wife should see the photos, so I keep going to his flat.", "consent_concern"),
    ("I was absolutely wasted and she took me home; I couldn't stand, let alone say anything.", "consent_concern"),
    ("My sister says she lets it happen now because he punched the door last time she refused.", "consent_concern"),
    (
        "Mum has dementia now and I don't think she understands what's happening when he comes to bed.",
        "consent_concern",
    ),
    (
        "The night before I'd told her \"not tonight, I've got a shift at 7\" and he kept on at her anyway.",
        "consent_concern",
    ),
]
#: ...and its near misses: hurt feelings and idioms read as pain ("he looks so hurt when I say no",
#: "growing pains", "sharp as ever", "left me raw"), pain said to be gone or only braced for, a
#: stop before anything ached, a named condition in an account that says nothing hurt, a father's
#: death, PTSD as a joke, a partner's "did I trigger her?", a flashback years past, falling asleep
#: after, and a partner who does not wake.
TWENTY_EIGHTH_NEAR_MISSES = [
    ("He looks so hurt when I turn him down that I feel guilty for days.", "unwanted_pain"),
    ("Are these just relationship growing pains?", "unwanted_pain"),
    ("Grandad is ninety and sharp as ever.", "unwanted_pain"),
    ("That film left me raw, and then we made love and I cried for an hour.", "unwanted_pain"),
    ("The pain after sex is completely gone since the surgery, and I still cried, from relief.", "unwanted_pain"),
    ("I spent years bracing for pain; last night there was none and I sobbed.", "unwanted_pain"),
    ("Friends warned me about pain the first time after the baby, so I was nervous.", "unwanted_pain"),
    ("We stopped before anything ached and it was lovely.", "unwanted_pain"),
    ("I use an oestrogen cream for the dryness now and we're both happier.", "unwanted_pain"),
    ("He's been on painkillers for a fortnight since he broke his ankle.", "unwanted_pain"),
    ("My wife has vaginismus. Last night nothing hurt at all and she cried with relief.", "unwanted_pain"),
    ("My head went straight to 'I've hurt you', but she said no, it was happy tears.", "unwanted_pain"),
    (
        "It was the anniversary of her dad dying, and halfway through she froze and then cried it all out.",
        "trauma_trigger",
    ),
    ("Got PTSD from my driving test lol, anyway we had sex and I cried.", "trauma_trigger"),
    ("Did I trigger her? She says no, it was just a lot of love.", "trauma_trigger"),
    ("It's been two years since my last flashback and sex feels safe now.", "trauma_trigger"),
    ("I cried quietly into the pillow once he was asleep, because I'd missed him so much.", "consent_concern"),
    ("I sob after so quietly so he don't wake up and worry.", "self_harm"),
    ("My dad cuts my allowance if I'm out late.", "self_harm"),
]
#: Later the same session (dev_qi, dev_qj): pain kept quiet for fear of anger, and near misses: "dry"
#: as a sense of humour or a passing warning, hearsay about first times, hurt feelings, a heart that
#: "actually hurt" with love, a worry "I've hurt her", a plan to stop if anything hurts, "raw" among
#: feelings, pain asked for "specifically", pain over after physio or in one's twenties, "owed him
#: anything" denied, "triggered lol", "stiff-upper-lip", body-shaking sobs, and a habit of letting it
#: happen placed before now.
TWENTY_EIGHTH_LATER = [
    ("He gets so angry if I say it hurts, so I just let him finish and cry in the shower.", "unwanted_pain"),
]
TWENTY_EIGHTH_LATER_NEAR_MISSES = [
    ("My nan has a very dry sense of humour and she made us both cry laughing.", "unwanted_pain"),
    ("The midwife said breastfeeding can make things a bit dry, so we stocked up on lube.", "unwanted_pain"),
    ("My aunties tell me stories that the first night is awful and it hurts so much; it didn't.", "unwanted_pain"),
    ("My feelings were a little hurt when he laughed, that's all.", "unwanted_pain"),
    ("He said his heart actually hurt, he loves me that much.", "unwanted_pain"),
    ("My mind went straight to: I've hurt her without knowing. She said I hadn't.", "unwanted_pain"),
    ("We agreed on a plan to stop the moment anything hurts, and we haven't needed it.", "unwanted_pain"),
    ("Afterwards I felt flat, raw, empty, but not sad exactly.", "unwanted_pain"),
    ("She cried at the bits that sting, which she had specifically asked for.", "unwanted_pain"),
    ("My wife used to have pain but after physio it's gone and she cried from relief.", "unwanted_pain"),
    ("Sharp pain with sex for most of my twenties. Since the surgery nothing hurts at all.", "unwanted_pain"),
    ("He never once made me feel like I owed him anything.", "consent_concern"),
    ("My sister keeps teasing me in the family chat about crying after sex. triggered lol", "trauma_trigger"),
    ("My dad's side are stiff-upper-lip types, so crying at all feels odd to me.", "trauma_trigger"),
    ("Huge, body-shaking sobs after the best sex of my life; no idea why, my childhood was happy.", "trauma_trigger"),
    ("With my first boyfriend I used to just let it happen; with my wife I say what I want.", "consent_concern"),
]
#: Twenty-ninth session: an assault named with a whole word for its object, not "the rape memories";
#: "said no" answering about pain or a doctor's limits; not knowing who one is, in an account of dementia.
TWENTY_NINTH_NEAR_MISSES = [
    ("It's not shame, I cry after sex because the rape memories come up when I get close.", "consent_concern"),
    ("The assault memories still surface sometimes, years on, and I cry.", "consent_concern"),
    # a "no" that answers about the body
    ("I was afraid I hurt her. She says no pain, only she is very happy and misses home.", "consent_concern"),
    ("After his operation the surgeon said no restrictions after twelve weeks.", "consent_concern"),
    # not knowing who one is, from dementia
    ("My wife has dementia now; some nights she doesn't know who I am. She cried after.", "trauma_trigger"),
    ("Mum's Alzheimer's is worse. The carer says she didn't know where she was and cried.", "trauma_trigger"),
]
TWENTY_NINTH = [
    ("He raped me last night and I can't stop crying.", "consent_concern"),
    ("Someone at the party raped her and she has cried ever since.", "consent_concern"),
    ("Halfway through she cried and for a minute she didn't know who I was.", "trauma_trigger"),
]
#: Twenty-seventh session (dev_py, dev_pz): a partner who "doesn't really take no for an answer", a
#: no the mouth would not let out, affairs put in order with the reader told not to worry, sex
#: called a nice last time, memories that "come back to me", losing track of where one is, a body
#: stiff as a plank while its owner says it is fine, and a likeness of being stretched.
TWENTY_SEVENTH = [
    ("My friend says her husband doesn't really take no for an answer, then changes the subject.", "consent_concern"),
    ("I was trying to say I was done and my mouth wasn't working.", "consent_concern"),
    ("Everything is sorted now, so please don't worry about me, love you all.", "self_harm"),
    ("She kissed me after and said 'well, that was a lovely last time'.", "self_harm"),
    ("Bits from when I lived with my stepdad keep coming back to me after we sleep together.", "trauma_trigger"),
    ("Halfway through I lose track of where I am, the way I did when my uncle visited.", "trauma_trigger"),
    ("He swears it's fine but he goes rigid as a board every time I touch him there.", "unwanted_pain"),
    ("It feels like being stretched across a barrel and I just wait for it to end.", "unwanted_pain"),
    # later the same session (dev_qb, dev_qc)
    ("His search history had 'how fast do you bleed out from a wrist' right after 'crying after sex'.", "self_harm"),
    ("Lying there I thought, well, at least it's a good last memory for him.", "self_harm"),
    ("She's given her guitar to her cousin, her camera to me, and she keeps crying after sex.", "self_harm"),
    ("My housemate gave me her laptop and her best leather jacket and said she won't need them.", "self_harm"),
    ("His wife has Alzheimer's now and honestly I don't think she can consent any more.", "consent_concern"),
    ("She goes kind of blank halfway through; it's from stuff with her stepdad when she was little.", "trauma_trigger"),
    (
        "My girlfriend admitted sex always hurts; I honestly thought her tears meant it felt good in a good way.",
        "unwanted_pain",
    ),
    ("He grips the pillow and says 'it's fine, keep going' every single time.", "unwanted_pain"),
    # going on while the partner goes blank, told sentences apart
    (
        "Sometimes she goes sort of blank. She says it's old stuff. I just keep going and hug her after.",
        "consent_concern",
    ),
]
#: ...and its near misses: "said not to worry", a yes said again and again because it was meant, a
#: body that "remembered how to" live, a partner's question whether they had set something off,
#: pain wanted ("that was the whole point") with tears that "didn't stop until well after", pain
#: over ("no discomfort at all"), nails dug into skin till it is raw (self-injury, its own flag),
#: "RIP to my dignity", and a partner's fear of having hurt told as a thought.
TWENTY_SEVENTH_NEAR_MISSES = [
    ("She said not to worry, it was only the week catching up with her.", "consent_concern"),
    ("He asked about ten times and I kept saying yes because I really, really meant it.", "consent_concern"),
    ("After the chemo it felt like my body remembered how to be happy.", "trauma_trigger"),
    (
        "I stopped and asked if I'd triggered something, because his childhood was rough, and he said no, only joy.",
        "trauma_trigger",
    ),
    ("The flogger hurt, and that was the whole point.", "unwanted_pain"),
    (
        "It hurt, a lot, as much as I'd asked for, and I started crying and didn't stop until well after.",
        "unwanted_pain",
    ),
    ("I had vaginismus a few years ago; after physio there is no discomfort at all, yet I still cry.", "unwanted_pain"),
    ("I had vaginismus years ago, but after physio it is completely comfortable now and I still cry.", "unwanted_pain"),
    ("He digs his nails into his wrists until they're raw after we have sex.", "unwanted_pain"),
    ("I sobbed like a baby, RIP to my dignity.", "unwanted_pain"),
    ("My mind went straight to 'she regrets it, I'm hurting her' but she was just happy.", "unwanted_pain"),
    # later the same session (the older dev probes): a partner's worry said as anxious, a partner's wrong
    # guess, a kitchen knife, a partner asking "if you'd pushed me", a reminder to breathe or a nice one
    ("I got anxious that I'd hurt her, but she was crying from relief.", "unwanted_pain"),
    ("He thought I was in pain and I had to tell him they were happy tears.", "unwanted_pain"),
    ("She bought me the chef's knife I'd wanted for years and I cried after sex that night.", "unwanted_pain"),
    ("You messaged asking if you'd pushed me into it, and honestly no, you didn't.", "consent_concern"),
    ("Since his abusive childhood came up in therapy, I keep reminding him to breathe; he laughs.", "trauma_trigger"),
    ("I'm a bit sore today, a nice reminder of the weekend; my ex is long out of my head.", "trauma_trigger"),
    # ...and from dev_qb, dev_qc: skin scratched raw (self-injury, its own flag), rug burn, "RIP the mood",
    # hurting named among a partner's worries, a no to a list of questions, not wanting to do harm by
    # prying, and a partner's panic told with a comma
    ("Afterwards I scratched my legs with my nails until they were raw and stinging.", "unwanted_pain"),
    ("She showed me her arm; she'd scratched it raw in the bathroom after he left.", "unwanted_pain"),
    ("Rug burn on both elbows and we laughed till we cried.", "unwanted_pain"),
    ("Then the cat jumped on the bed, RIP the mood, and we both lost it crying with laughter.", "unwanted_pain"),
    ("I worried I'd rushed things, or hurt him, but he said he was just overwhelmed.", "unwanted_pain"),
    ("She said no to all of it and told me she was just happy.", "consent_concern"),
    ("I don't want to do more harm by asking her about it again.", "consent_concern"),
    ("He went blank for a moment after he came. I keep going back to how peaceful he looked.", "consent_concern"),
    (
        "My ex abused me, and the first time I cried with my new girlfriend she panicked, thinking she'd hurt me.",
        "trauma_trigger",
    ),
]
#: ...and its near misses: "RIP my dignity", pain hoped for or liked, a partner's worry as a first
#: thought or a second guess, "nothing she didn't want", a wish not to go behind someone's back, a
#: topic pressed on a partner, a condition that treatment fixed.
TWENTY_FIFTH_NEAR_MISSES = [
    ("I cried so hard after, RIP my dignity.", "unwanted_pain"),
    ("It stung exactly like I hoped it would, and I cried from the release.", "unwanted_pain"),
    ("We found out in our fifties that we like a bit of a sting.", "unwanted_pain"),
    ("At first I thought she was sad, or that I'd hurt her somehow.", "unwanted_pain"),
    ("My mind went straight to 'I've hurt him' but he was laughing.", "unwanted_pain"),
    ("She said it felt good, no pressure, nothing she didn't want.", "consent_concern"),
    ("My head went straight to 'I hurt her' or 'she didn't want this', but she laughed.", "consent_concern"),
    ("I don't want to go behind her back, so I'm asking here first.", "consent_concern"),
    ("I kept bringing up trying anal, which is on me, but she was keen in the end.", "trauma_trigger"),
    ("The vaginismus treatment actually worked. First time in years it didn't hurt.", "unwanted_pain"),
    ("My wife was hurt badly as a teenager, and she's safe with me now.", "unwanted_pain"),
    ("I don't want to keep ignoring how much I cry after, so I'm asking here.", "consent_concern"),
    ("She said the stitch in her side from running was gone by the time we went to bed.", "unwanted_pain"),
    ("I said 'good girl' and she went rigid, and then she told me about her ex.", "unwanted_pain"),
    ("I braced for the worst when she rang crying, and she said 'it's fine, it was happy crying'.", "unwanted_pain"),
    ("My girlfriend talked me into therapy after months of crying after sex.", "consent_concern"),
    ("She talked me into the karaoke, then at home I cried after sex from sheer happiness.", "consent_concern"),
]

#: Thirtieth session: self-harm, consent concerns, triggers and pain that the readable texts told in
#: words no rule knew (sideways texts, flag sentences, dev probes; written here in other words).
THIRTIETH = [
    # self-harm said sideways
    ("Can you come over? I'm not safe with myself tonight.", "self_harm"),
    ("He told me he'd thought about joining his brother by his own hand.", "self_harm"),
    ("She survived two attempts in her teens and sex still brings that heaviness back.", "self_harm"),
    ("He came home last week after a 72-hour hold and we tried to be close again.", "self_harm"),
    ("my gf said she's been sh-ing since the miscarriage", "self_harm"),
    ("After he fell asleep I pressed my wrist against the hot radiator until it blistered.", "self_harm"),
    ("Some nights he sits with his father's shotgun in the garage.", "self_harm"),
    ("She says she's going to check out early, like it's a joke.", "self_harm"),
    ("I keep praying that lightning hits me.", "self_harm"),
    ("Fingers crossed it takes me, he said when the storm started.", "self_harm"),
    ("A good day is one where I don't do anything stupid with my pills.", "self_harm"),
    ("Me quiero morir, cada vez que lloro después del sexo.", "self_harm"),
    ("I can't see any way out other than the final one.", "self_harm"),
    ("The bruises on his thighs aren't from football; he does it to himself after we sleep together.", "self_harm"),
    ("He made me swear that if anything happens I'll say it was an accident.", "self_harm"),
    # consent
    ("He took my silence as a yes.", "consent_concern"),
    ("She knows it sets off the memories and still won't stop when I ask.", "consent_concern"),
    ("She brushed off my safe word like it was nothing.", "consent_concern"),
    ("I'd gone silent and he took that as a green light.", "consent_concern"),
    ("She grabbed my arm when I tried to leave the bed.", "consent_concern"),
    ("Sex with him is just paying rent in other ways, he jokes.", "consent_concern"),
    ("It was the kind of okay you give to get someone off your back.", "consent_concern"),
    ("I keep it going because I'm scared of what happens if it isn't fine for him.", "consent_concern"),
    ("I don't think she was in any state to consent.", "consent_concern"),
    ("I'd gone limp; he figured I was enjoying it.", "consent_concern"),
    ("I woke up at his place with no memory of the night and my clothes on the floor.", "consent_concern"),
    ("I just get through it because he'll be nicer to me tomorrow.", "consent_concern"),
    ("Every time I pulled away, he pulled me back.", "consent_concern"),
    # triggers
    ("The creak of the stairs is exactly what I heard that night, and I start shaking.", "trauma_trigger"),
    ("When he pins my hands I slide back into being a little girl.", "trauma_trigger"),
    ("In the window's reflection I saw my teenage self and started sobbing.", "trauma_trigger"),
    ("The back seat of a car is where it all happened, so I can't do it there.", "trauma_trigger"),
    ("His cologne smells just like the man in the stairwell.", "trauma_trigger"),
    ("Part of me is here with her, the other half is at my uncle's house when I was nine.", "trauma_trigger"),
    ("He grinned, 'our little secret', and I fell apart: my grandad used to say that.", "trauma_trigger"),
    ("I drifted off somewhere and lost about ten minutes.", "trauma_trigger"),
    # pain
    ("My husband flinches when I go deep, then says it's fine.", "unwanted_pain"),
    ("It stung, and not in any fun way.", "unwanted_pain"),
    ("The first thrust feels like pressing against a fresh sunburn.", "unwanted_pain"),
]
#: ...and what those new words must not be read into.
THIRTIETH_NEAR_MISSES = [
    ("I burned my hand on the hot stove making pancakes and cried, then we laughed.", "self_harm"),
    ("We checked out early from the hotel because the heating was broken.", "self_harm"),
    ("My grandad built that cot by his own hands.", "self_harm"),
    ("He survived an attempted mugging last year, and now he jumps at noises.", "self_harm"),
    ("Surgery was meant to be a permanent solution to the pain.", "self_harm"),
    ("I put the kettle on the hot plate and came back to bed.", "self_harm"),
    ("I felt trapped in that job, no way out, until the new one came along.", "self_harm"),
    ("I hope it gets me in the mood, she said, lighting the candle.", "self_harm"),
    ("She held my hand when I tried to get up and kissed me goodbye.", "consent_concern"),
    ("I'm scared of what happens if I stop my antidepressants.", "consent_concern"),
    ("I winked and he took that as a yes, and it was lovely.", "consent_concern"),
    ("My late husband never stopped when I asked, and my body still remembers.", "consent_concern"),
    ("He figured I was just tired and let me sleep.", "consent_concern"),
    ("She said it was our little secret that we got engaged.", "trauma_trigger"),
    ("We lost ten minutes looking for the lube, then laughed till we cried.", "trauma_trigger"),
    ("Half of me wanted to sleep and the other half was in the mood.", "trauma_trigger"),
    ("It stung a bit, in a good way, and I asked for more.", "unwanted_pain"),
    # (found in review, each raised by the session's first wording)
    ("I'm not in a position to decide about kids yet.", "consent_concern"),
    ("On holiday we felt like we were back to being teenagers.", "trauma_trigger"),
    ("It was just what I felt that night we met.", "trauma_trigger"),
    ("The burning is gone gone now, thank god.", "self_harm"),
    ("She made that quilt by her own hands, her whole life long.", "self_harm"),
    ("I pulled away to breathe and he pulled me back into a hug.", "consent_concern"),
    ("Paris was where it all happened: our first kiss, our first night.", "trauma_trigger"),
]

#: Later in the thirtieth session, self-harm that only the head's score had caught in the readable
#: texts, in other words: skin held to something hot until it blistered, a door punched until the
#: knuckles bled, a life "better if I wasn't in it", "gone gone", sleeves worn so nobody sees, a plan
#: "for if", food refused as a punishment, a cold shower as one.
THIRTIETH_LATER = [
    ("Afterwards I held my arm against the radiator until it blistered.", "self_harm"),
    ("He hit the bedroom door until his knuckles bled, then came back to bed.", "self_harm"),
    ("She'd have a happier life if I wasn't in it.", "self_harm"),
    ("'Would you miss him if he were gone?' he asked me, twice.", "self_harm"),
    ("I wear long sleeves so she doesn't see.", "self_harm"),
    ("I had a plan for if the IVF failed, and I still have it.", "self_harm"),
    ("I won't eat tomorrow either, I deserve to go hungry after that.", "self_harm"),
    ("I stand under a cold shower until I shake, because I feel I should be punished.", "self_harm"),
    ("I'm thinking about not turning up anywhere ever again.", "self_harm"),
]
THIRTIETH_LATER_NEAR_MISSES = [
    ("I haven't eaten all day, I deserve a pizza.", "self_harm"),
    ("I'd miss her if she was gone for the weekend.", "self_harm"),
    ("I punched the wall in the game until my knuckles hurt, lol.", "self_harm"),
    ("She wears long sleeves so he won't see the tattoo.", "self_harm"),
    ("I kept my hand on the kettle until it boiled.", "self_harm"),
    ("I have a plan for the weekend: sleep, cuddles, pancakes.", "self_harm"),
]

#: Thirty-first session, from the flag sentences and dev probes that no layer caught, in other words:
#: a partner who carried on after hearing it hurt or stung, or after the tears began; a freeze read as
#: being fine; fear of the anger the last no brought; a debt raised at every pause; documents held until
#: after; coming to after a freeze to find it over; a threat of self-harm if left; being talked into
#: it; a pain like being levered apart; a trigger tied to who "used to come in" or "got to me";
#: something bad in childhood with a partner gone now; dying rather than doing this again; the
#: thoughts back with a crisis line near; an attempt to be done "right this time"; skin bitten until
#: it bled.
THIRTY_FIRST = [
    ("She went on even after I said it stung, I want to talk to her about it.", "unwanted_pain"),
    ("He pushed on even after I said it was hurting.", "consent_concern"),
    ("Once I began to cry he just grinned and wouldn't stop.", "consent_concern"),
    ("I went completely rigid and she took it as me enjoying it.", "consent_concern"),
    ("She was so cross the last time I stopped her that I haven't tried since.", "consent_concern"),
    ("Whenever I pull back she reminds me of everything she's done for me.", "consent_concern"),
    ("He hides my car keys and I only get them back after.", "consent_concern"),
    ("When she came round he had already finished.", "consent_concern"),
    ("my girlfriend says if i ever break up with her she'll hurt herself, so i feel like i have to", "consent_concern"),
    ("I was talked into a foursome I felt sick about afterwards.", "consent_concern"),
    ("It's like being levered apart with a chisel.", "unwanted_pain"),
    ("Lying on my front is awful, that's when my stepdad used to come in.", "trauma_trigger"),
    ("The smell of pine takes me to the cabin where the instructor got to me.", "trauma_trigger"),
    ("A horrible thing happened to him in childhood; after sex he says he is not here for a bit.", "trauma_trigger"),
    ("I would rather be dead than do this for another year.", "self_harm"),
    ("I'm not asking for a helpline number, I just need to say I've been thinking about it again.", "self_harm"),
    ("He told me that if he ever tried it he'd get it right this time.", "self_harm"),
    ("I chewed, no, I bit my lip till it bled, which is what I do when I can't cope.", "self_harm"),
    # (later in the session: bracing while enjoyment is put on, pressure named by the one who applies it,
    # letting it happen beside "I don't", the one who found them, sorry for being trouble, a letter)
    ("I clench the pillow and brace, and I've learned to make it look like I'm enjoying it.", "unwanted_pain"),
    ("Her shoulders were braced, her face tight, not in a good way, though she said carry on.", "unwanted_pain"),
    ("She calls it 'wearing me down' and thinks it's funny.", "consent_concern"),
    ("he wants it rough and i don't. it aches, i cry, and i let it happen anyway", "consent_concern"),
    ("I was the one who found her, and she spent a month in the unit after.", "self_harm"),
    ("She said sorry for being such trouble, and then that she'd make it easy for me.", "self_harm"),
    ("In his drawer was a note to his brother saying he could not bear it any more.", "self_harm"),
]
THIRTY_FIRST_NEAR_MISSES = [
    ("We pressed on even after I said the hike was too long.", "consent_concern"),
    ("Whenever I pause she brings up the safeword and checks in.", "consent_concern"),
    ("He kept my phone while I swam and handed it back after.", "consent_concern"),
    ("When I came back from the shop she'd finished the washing up.", "consent_concern"),
    ("I got talked into karaoke and didn't want to leave.", "consent_concern"),
    ("I went quiet and he took that as me being tired, so we slept.", "consent_concern"),
    ("That's when my dad used to come in and read us a story.", "trauma_trigger"),
    ("After the bad things in my childhood I did years of therapy and now I feel present and safe.", "trauma_trigger"),
    ("I'd rather die than go to another staff meeting.", "self_harm"),
    ("I volunteer on a helpline and the old thoughts came back to me about my training.", "self_harm"),
    ("We'll do it properly this time, with a real cake.", "self_harm"),
    ("I bit my lip till it bled trying not to scream during the tattoo.", "self_harm"),
    ("He bit my lip till it bled and I loved it.", "self_harm"),
    ("My cat bit my finger till it bled, naughty thing.", "self_harm"),
    ("I was shaking afterwards, not in the good way, because the neighbours started drilling.", "unwanted_pain"),
    ("I make it look like I'm enjoying the opera for his sake.", "unwanted_pain"),
    ("He calls it cuddling, I call it being squashed.", "consent_concern"),
    ("It stings a little at first, I let it happen, and honestly I love it.", "consent_concern"),
    ("I'm sorry for being so much trouble this week, work has been mad.", "self_harm"),
    ("I was the one who found him, the cat, under the bed.", "self_harm"),
    ("She left a note saying she couldn't do the dishes any more, ha.", "self_harm"),
    # (an older rule's near miss, mended in the same session)
    ("When I started crying he didn't stop holding me all night.", "consent_concern"),
]

RAISED = [
    *MORE,
    *THIRD,
    *FOURTH,
    *FIFTH,
    *((text, "self_harm") for text in SIXTH_SELF_HARM),
    *SEVENTH,
    *EIGHTH,
    *((text, "self_harm") for text in NINTH_SELF_HARM),
    *TENTH,
    *((text, "self_harm") for text in ELEVENTH_SELF_HARM),
    *TWELFTH,
    *LATE,
    *PROBED,
    *PLAIN_WORDS,
    *CONSENT_IN_DOUBT,
    *MASKED,
    *DENIED_WISH_TO_STOP,
    *COULD_NOT_MOVE,
    *ASKED_TO_STOP,
    *BURNT_OUT,
    *NOT_WANTED,
    *NOT_PAIN_WORDS,
    *MISREAD,
    *GOING_ALONG,
    *SAID_NO,
    *TRAUMA_READ,
    *TRAUMA_READ_2,
    *UNCLEAN,
    *TIME_OF_DAY,
    *TIME_OF_DAY_2,
    *HELD_DOWN,
    *EVER,
    *TOO_BIG,
    *STOP_HONOURED,
    *FOURTEENTH,
    *FOURTEENTH_KEPT,
    *LONG_POSTS,
    *FIFTEENTH_KEPT,
    *SIXTEENTH,
    *SIXTEENTH_KEPT,
    *NINETEENTH_KEPT,
    *TWENTIETH,
    *TWENTIETH_KEPT,
    *TWENTIETH_SELF_HARM_KEPT,
    *TWENTIETH_PANIC_KEPT,
    *TWENTIETH_PAIN_KEPT,
    *TWENTIETH_TRAUMA_KEPT,
    *TWENTIETH_CONSENT_KEPT,
    *TWENTY_FIRST,
    *TWENTY_FIRST_KEPT,
    *TWENTY_FIRST_PARTNERS,
    *TWENTY_FIRST_PARTNERS_KEPT,
    *TWENTY_FIRST_LONG_POSTS_KEPT,
    *TWENTY_FIRST_HISTORY_KEPT,
    *TWENTY_FIRST_SELF_HARM,
    *TWENTY_FIRST_TRIGGERS,
    *TWENTY_SECOND,
    *TWENTY_THIRD,
    *TWENTY_FOURTH,
    *TWENTY_FIFTH,
    *TWENTY_SIXTH,
    *TWENTY_SEVENTH,
    *TWENTY_EIGHTH,
    *TWENTY_EIGHTH_LATER,
    *TWENTY_NINTH,
    *THIRTIETH,
    *THIRTIETH_LATER,
    *THIRTY_FIRST,
]
NOT_RAISED = [
    *MORE_NEAR_MISSES,
    *THIRD_NEAR_MISSES,
    *FOURTH_NEAR_MISSES,
    *FIFTH_NEAR_MISSES,
    *SIXTH_NEAR_MISSES,
    *SEVENTH_NEAR_MISSES,
    *EIGHTH_NEAR_MISSES,
    *NINTH_NEAR_MISSES,
    *TENTH_NEAR_MISSES,
    *ELEVENTH_NEAR_MISSES,
    *TWELFTH_NEAR_MISSES,
    *LATE_NEAR_MISSES,
    *PROBED_NEAR_MISSES,
    *PLAIN_WORDS_NEAR_MISSES,
    *CONSENT_IN_DOUBT_NEAR_MISSES,
    *MASKED_NEAR_MISSES,
    *DENIED_WISH_TO_STOP_NEAR_MISSES,
    *COULD_NOT_MOVE_NEAR_MISSES,
    *ASKED_TO_STOP_NEAR_MISSES,
    *BURNT_OUT_NEAR_MISSES,
    *NOT_WANTED_NEAR_MISSES,
    *NOT_PAIN_WORDS_NEAR_MISSES,
    *MISREAD_NEAR_MISSES,
    *GOING_ALONG_NEAR_MISSES,
    *SAID_NO_NEAR_MISSES,
    *TRAUMA_READ_NEAR_MISSES,
    *TRAUMA_READ_NEAR_MISSES_2,
    *UNCLEAN_NEAR_MISSES,
    *TIME_OF_DAY_NEAR_MISSES,
    *TIME_OF_DAY_NEAR_MISSES_2,
    *HELD_DOWN_NEAR_MISSES,
    *EVER_NEAR_MISSES,
    *TOO_BIG_NEAR_MISSES,
    *STOP_HONOURED_NEAR_MISSES,
    *FOURTEENTH_NEAR_MISSES,
    *LONG_POSTS_NEAR_MISSES,
    *FIFTEENTH_NEAR_MISSES,
    *SIXTEENTH_NEAR_MISSES,
    *NINETEENTH_NEAR_MISSES,
    *NINETEENTH_WANTED_AFTER,
    *TWENTIETH_NEAR_MISSES,
    *TWENTIETH_SELF_HARM_NEAR_MISSES,
    *TWENTIETH_PANIC_NEAR_MISSES,
    *TWENTIETH_PAIN_NEAR_MISSES,
    *TWENTIETH_TRAUMA_NEAR_MISSES,
    *TWENTIETH_CONSENT_NEAR_MISSES,
    *TWENTY_FIRST_NEAR_MISSES,
    *TWENTY_FIRST_PARTNERS_NEAR_MISSES,
    *TWENTY_FIRST_LONG_POSTS_NEAR_MISSES,
    *TWENTY_FIRST_HISTORY_NEAR_MISSES,
    *TWENTY_FIRST_SELF_HARM_NEAR_MISSES,
    *TWENTY_FIRST_TRIGGERS_NEAR_MISSES,
    *TWENTY_SECOND_NEAR_MISSES,
    *TWENTY_THIRD_NEAR_MISSES,
    *TWENTY_FOURTH_NEAR_MISSES,
    *TWENTY_FIFTH_NEAR_MISSES,
    *TWENTY_SIXTH_NEAR_MISSES,
    *TWENTY_SEVENTH_NEAR_MISSES,
    *TWENTY_EIGHTH_NEAR_MISSES,
    *TWENTY_EIGHTH_LATER_NEAR_MISSES,
    *TWENTY_NINTH_NEAR_MISSES,
    *THIRTIETH_NEAR_MISSES,
    *THIRTIETH_LATER_NEAR_MISSES,
    *THIRTY_FIRST_NEAR_MISSES,
]


@pytest.mark.parametrize(("text", "flag"), RAISED)
def test_paraphrase_raises_its_flag(text: str, flag: str) -> None:
    assert flag in detect(text)


@pytest.mark.parametrize(("text", "flag"), NOT_RAISED)
def test_near_miss_of_a_paraphrase_set_does_not_raise(text: str, flag: str) -> None:
    assert flag not in detect(text)


def _typeset(text: str) -> str:
    """What a phone or a word processor makes of ``text``: curly apostrophes and quotes."""
    out, opened = [], False
    for char in text:
        if char == '"':
            out.append("”" if opened else "“")
            opened = not opened
        else:
            out.append("’" if char == "'" else char)
    return "".join(out)


TYPESET = [text for text, _ in [*RAISED, *NOT_RAISED] if "'" in text or '"' in text] + [
    text for text in [*UNWANTED_PAIN, *TRAUMA_TRIGGER, *CONSENT_CONCERN, *SELF_HARM] if "'" in text
]


@pytest.mark.parametrize("text", TYPESET)
def test_curly_apostrophes_and_quotes_raise_exactly_the_same_flags(text: str) -> None:
    """A curly apostrophe once hid "I don’t want to be here" from the self-harm rules."""
    assert detect(_typeset(text)).keys() == detect(text).keys()


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("I don\u2019t want to be here anymore.", "self_harm"),
        ("I didn\u02bct feel like I could say no.", "consent_concern"),
        ("He wouldn`t stop when I said \u201cstop\u201d.", "consent_concern"),
        ("I\u2019m back in that room again and I can\u2019t breathe.", "trauma_trigger"),
        ("It hurt the whole time and I didn\u2019t say anything so he wouldn\u2019t be upset.", "unwanted_pain"),
        ("self\u2011harm was how I coped and last night I wanted to again", "self_harm"),
        ("I wanted to dis\u00adappear after.", "self_harm"),
    ],
)
def test_typographic_variants_are_read_as_plain_text(text: str, flag: str) -> None:
    assert flag in detect(text)


def test_html_character_references_from_scraped_pages_are_read_decoded() -> None:
    found = detect("I don&#39;t want to be here anymore &amp; he doesn&rsquo;t know.")
    assert found == {"self_harm": "I don't want to be here anymore & he doesn’t know."}


#: The rule that reads a flag from circumstance rather than from what was said (past harm some
#: clauses from a reaction that its own rule held back): its hits are found like any other, but
#: the reader needs another layer to agree before it raises the flag (twenty-ninth session;
#: ``Rule.alone``, docs/classifier.md has the counts).
LEANING = [
    # "triggered lol" is not a trigger, so the reaction's own rule is held back
    ("I was raped at 19. Last night I cried with relief, triggered lol.", "trauma_trigger"),
    ("My dad hit us when we were kids. My sister teases me for crying after sex, triggered lol.", "trauma_trigger"),
]
#: Past harm and a reaction that stand alone: the flag is stated.
STATED_WITH_LEANING = [
    ("I was abused as a kid. Last night I froze when he touched me.", "trauma_trigger"),
    ("I was raped at 19. Last night when he pinned my arms I froze and cried.", "trauma_trigger"),
    ("He touched my neck and I panicked, my ex used to strangle me.", "trauma_trigger"),
]


@pytest.mark.parametrize(("text", "flag"), LEANING)
def test_a_rule_reading_a_flag_from_circumstance_finds_it_but_leans_on_another_layer(text: str, flag: str) -> None:
    found, leaning = detect_weighed(text)
    assert flag in found
    assert flag in leaning
    assert found == detect(text)


@pytest.mark.parametrize(("text", "flag"), STATED_WITH_LEANING)
def test_a_rule_that_stands_alone_states_the_flag_beside_a_leaning_one(text: str, flag: str) -> None:
    found, leaning = detect_weighed(text)
    assert flag in found
    assert flag not in leaning


def test_only_the_circumstance_rule_leans() -> None:
    """Recall first: every other pattern raises its flag by itself."""
    leaning = {flag: sum(not rule.alone for rule in rules) for flag, rules in RULES.items()}
    assert leaning == {"unwanted_pain": 0, "trauma_trigger": 1, "consent_concern": 0, "self_harm": 0}


@pytest.mark.parametrize(("text", "flag"), RAISED)
def test_every_paraphrase_raises_its_flag_through_a_rule_that_stands_alone(text: str, flag: str) -> None:
    """The paraphrase sets are what each flag is said in: none of them may lean on the head."""
    assert flag not in detect_weighed(text)[1]
