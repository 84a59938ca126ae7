import os
import os.path
import sys as system, json
import xml.etree.ElementTree as ET
from os import path
from os import path as p, sep
from os.path import (join,
                     exists as ex,
                     )
from collections import *
from . import sibling
from .. import parent
from ... import grand
from .mod import thing
from ..pkg.sub import other as o
from .... import deep
from ....a.b import c
