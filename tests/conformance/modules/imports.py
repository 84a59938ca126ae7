import math
import random as rnd
from math import sqrt, pi as PI
import time
import sys

print(sqrt(49), round(PI, 4))
print(math.floor(2.5))
rnd.seed(42)
print(rnd.randint(1, 100), rnd.random() < 1, rnd.choice(["a", "b", "c"]))
start = time.time()
time.sleep(0.01)
print(time.time() - start >= 0.0)
print(sys.version_info[0], type(sys.argv).__name__)
