from itertools import count, islice as isl
from json import dumps, loads, JSONDecodeError
from operator import itemgetter
from string import ascii_uppercase, Template
from time import gmtime, strftime, struct_time
import os, string, itertools, json, time, operator

print(list(isl(count(3), 2)), dumps(loads("[1]")), itemgetter(1)("ab"), ascii_uppercase[:3])
print(strftime("%Y", gmtime(0)), isinstance(gmtime(0), struct_time), JSONDecodeError is json.JSONDecodeError)
print(itertools.count is count, string.Template is Template, type(os).__name__, type(json).__name__)
for mod in [os, string, itertools, json, time, operator]:
    print(mod.__name__, type(mod.__name__))
import itertools as it2
print(it2 is itertools)
try:
    from itertools import batched
except ImportError as e:
    print(type(e).__name__, e)
