# strftime then strptime with random formats (seeded, so CPython and Loopscope draw the same).
import random
from datetime import datetime, timezone, timedelta
random.seed(9)
directives = ["%Y", "%y", "%m", "%d", "%H", "%I", "%M", "%S", "%f", "%p", "%b", "%B", "%a", "%A", "%j", "%U", "%W", "%w", "%z", "%%", "-", " ", ":", "/", "T", ",", "  "]
for _ in range(300):
    picks = []
    for _ in range(random.randint(1, 6)):
        p = random.choice(directives)
        if p.startswith("%") and p != "%%" and p in picks:
            continue
        picks.append(p)
    fmt = "".join(picks)
    d = datetime(random.randint(1950, 2060), random.randint(1, 12), random.randint(1, 28), random.randint(0, 23), random.randint(0, 59), random.randint(0, 59), random.choice([0, random.randint(0, 999999)]), tzinfo=timezone(timedelta(minutes=random.randint(-900, 900))))
    text = d.strftime(fmt)
    if random.random() < 0.2:
        text = text.replace("0", "", 1)
    if random.random() < 0.1:
        text = text.lower()
    try:
        r = repr(datetime.strptime(text, fmt))
    except ValueError as e:
        r = "VE:" + str(e)
    print(repr(fmt), repr(text), r)
