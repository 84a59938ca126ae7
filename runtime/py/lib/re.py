"""re: regular expressions, a pure-Python subset of CPython 3.11's module.

Written for Loopscope. Patterns are parsed to a tree, compiled to a small instruction list and
run by a backtracking machine with an explicit stack (no Python recursion per character, so long
strings don't hit the recursion limit). Supported: literals and escapes, ., classes with ranges
and \\d \\w \\s (and negations), anchors ^ $ \\A \\Z \\b \\B, groups (capturing, (?:...), named
(?P<name>...)), backreferences (\\1, (?P=name)), alternation, greedy and lazy quantifiers
(* + ? {m,n}), lookahead and fixed-width lookbehind, inline flags at the start ((?i) ...), and
the flags I M S X A. Not supported: conditional groups, atomic groups, possessive quantifiers,
bytes patterns, locale flags.
"""

import _inspect

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "compile", "purge",
           "escape", "error", "Pattern", "Match", "A", "I", "M", "S", "X", "U", "ASCII", "IGNORECASE", "MULTILINE",
           "DOTALL", "VERBOSE", "UNICODE", "NOFLAG"]

_FLAG_NAMES = ((2, "re.IGNORECASE"), (8, "re.MULTILINE"), (16, "re.DOTALL"), (32, "re.UNICODE"), (64, "re.VERBOSE"),
               (256, "re.ASCII"))


class RegexFlag:
    """The flag constants: combine with | and print as CPython's (re.IGNORECASE|re.MULTILINE)."""

    def __init__(self, value):
        self._value = int(value)

    def __int__(self):
        return self._value

    __index__ = __int__

    def __repr__(self):
        names = [name for bit, name in _FLAG_NAMES if self._value & bit]
        rest = self._value & ~sum(bit for bit, _ in _FLAG_NAMES)
        if rest or not names:
            names.append(hex(rest) if names else "re.NOFLAG")
        return "|".join(names)

    __str__ = __repr__

    def __or__(self, other):
        return RegexFlag(self._value | int(other))

    def __and__(self, other):
        return RegexFlag(self._value & int(other))

    def __xor__(self, other):
        return RegexFlag(self._value ^ int(other))

    __ror__, __rand__, __rxor__ = __or__, __and__, __xor__

    def __invert__(self):
        return RegexFlag(~self._value)

    def __eq__(self, other):
        if isinstance(other, (RegexFlag, int)):
            return self._value == int(other)
        return NotImplemented

    def __hash__(self):
        return hash(self._value)

    def __bool__(self):
        return self._value != 0


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
U = UNICODE = RegexFlag(32)
X = VERBOSE = RegexFlag(64)
_INLINE_FLAGS = {"i": 2, "m": 8, "s": 16, "x": 64, "a": 256, "u": 32}
# The flags as plain ints inside the engine.
_I, _M, _S, _U, _X, _A = 2, 8, 16, 32, 64, 256


class error(Exception):
    """A pattern that can't be compiled: msg, pattern and pos, as CPython's re.error."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = self.colno = None
        if pattern is not None and pos is not None:
            self.lineno = pattern.count("\n", 0, pos) + 1
            self.colno = pos - (pattern.rfind("\n", 0, pos) + 1) + 1
            msg = "%s at position %d" % (msg, pos)
            if "\n" in pattern:
                msg += " (line %d, column %d)" % (self.lineno, self.colno)
        super().__init__(msg)


# --- character tests -------------------------------------------------------------------------------
def _is_word(ch, ascii_only):
    if ascii_only:
        return ch == "_" or ("a" <= ch <= "z") or ("A" <= ch <= "Z") or ("0" <= ch <= "9")
    return ch == "_" or ch.isalnum()


def _is_digit(ch, ascii_only):
    return "0" <= ch <= "9" if ascii_only else ch.isdecimal()


def _is_space(ch, ascii_only):
    return ch in " \t\n\r\f\v" if ascii_only else ch.isspace()


_CATEGORIES = {"d": (_is_digit, False), "D": (_is_digit, True), "w": (_is_word, False), "W": (_is_word, True),
               "s": (_is_space, False), "S": (_is_space, True)}
_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a", "b": "\b", "0": "\0"}


class _CharSet:
    """A [...] class (or a category escape): ranges and categories, maybe negated."""

    def __init__(self, ranges, categories, negate, flags):
        self.ranges = ranges
        self.categories = categories
        self.negate = negate
        self.ascii_only = bool(flags & _A)
        self.ignore_case = bool(flags & _I)

    def _contains(self, ch):
        for lo, hi in self.ranges:
            if lo <= ch <= hi:
                return True
        for test, negated in self.categories:
            if test(ch, self.ascii_only) != negated:
                return True
        return False

    def matches(self, ch):
        found = self._contains(ch)
        if not found and self.ignore_case:
            found = self._contains(ch.lower()) or self._contains(ch.upper())
        return found != self.negate


# --- the parser: pattern text to a tree ------------------------------------------------------------
# Nodes: ("lit", ch) ("any",) ("set", _CharSet) ("assert", kind) ("group", index, node)
# ("backref", index) ("look", behind, negate, node) ("cat", [nodes]) ("alt", [nodes])
# ("rep", node, min, max or None, greedy)
_REPEAT_LIMIT = 4294967295


class _Parser:
    def __init__(self, pattern, flags):
        self.text = pattern
        self.pos = 0
        self.flags = flags
        self.group_count = 0
        self.group_names = {}
        self.open_groups = []
        self._leading_flags()

    def _leading_flags(self):
        # (?aiLmsux) at the very start applies to the whole pattern.
        while self.text.startswith("(?", self.pos) and self.pos + 2 < len(self.text) and self.text[self.pos + 2] in _INLINE_FLAGS:
            end = self.pos + 2
            while end < len(self.text) and self.text[end] in _INLINE_FLAGS:
                end += 1
            if end >= len(self.text) or self.text[end] != ")":
                return
            for letter in self.text[self.pos + 2:end]:
                self.flags |= _INLINE_FLAGS[letter]
            self.pos = end + 1

    def fail(self, msg, pos=None):
        raise error(msg, self.text, self.pos if pos is None else pos)

    def peek(self):
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def skip_verbose(self):
        if not self.flags & _X:
            return
        while self.pos < len(self.text):
            ch = self.text[self.pos]
            if ch in " \t\n\r\f\v":
                self.pos += 1
            elif ch == "#":
                while self.pos < len(self.text) and self.text[self.pos] != "\n":
                    self.pos += 1
            else:
                break

    def parse(self):
        node = self.parse_alternation()
        if self.pos < len(self.text):
            if self.text[self.pos] == ")":
                self.fail("unbalanced parenthesis")
            self.fail("unexpected end of pattern")
        return node

    def parse_alternation(self):
        branches = [self.parse_sequence()]
        while self.peek() == "|":
            self.pos += 1
            branches.append(self.parse_sequence())
        return branches[0] if len(branches) == 1 else ("alt", branches)

    def parse_sequence(self):
        items = []
        while True:
            self.skip_verbose()
            ch = self.peek()
            if ch == "" or ch in "|)":
                break
            start = self.pos
            atom = self.parse_atom()
            self.skip_verbose()
            atom = self.parse_quantifiers(atom, start)
            items.append(atom)
        return items[0] if len(items) == 1 else ("cat", items)

    def parse_quantifiers(self, atom, start):
        repeated = False
        while True:
            ch = self.peek()
            if ch in ("*", "+", "?"):
                low, high = {"*": (0, None), "+": (1, None), "?": (0, 1)}[ch]
                qpos = self.pos
                self.pos += 1
            elif ch == "{" and self._counted_ahead():
                qpos = self.pos
                low, high = self._parse_counted()
            else:
                return atom
            if repeated:
                self.fail("multiple repeat", qpos)
            if atom[0] in ("assert",) or atom is None:
                self.fail("nothing to repeat", qpos)
            greedy = True
            if self.peek() == "?":
                self.pos += 1
                greedy = False
            atom = ("rep", atom, low, high, greedy)
            repeated = True
            self.skip_verbose()

    def _counted_ahead(self):
        end = self.text.find("}", self.pos)
        if end < 0:
            return False
        body = self.text[self.pos + 1:end]
        low, comma, high = body.partition(",")
        return (low.isdigit() or low == "") and (high.isdigit() or high == "") and (low != "" or comma != "" )

    def _parse_counted(self):
        end = self.text.find("}", self.pos)
        body = self.text[self.pos + 1:end]
        start = self.pos
        self.pos = end + 1
        low, comma, high = body.partition(",")
        low = int(low) if low else 0
        if not comma:
            high = low
        else:
            high = int(high) if high else None
        if low > _REPEAT_LIMIT or (high is not None and high > _REPEAT_LIMIT):
            raise OverflowError("the repetition number is too large")
        if high is not None and high < low:
            self.fail("min repeat greater than max repeat", start + 1)
        return low, high

    def parse_atom(self):
        ch = self.text[self.pos]
        start = self.pos
        if ch in "*+?":
            self.fail("nothing to repeat")
        if ch == "{" and self._counted_ahead():
            self.fail("nothing to repeat")
        self.pos += 1
        if ch == ".":
            return ("any",)
        if ch == "^":
            return ("assert", "bol")
        if ch == "$":
            return ("assert", "eol")
        if ch == "[":
            return self.parse_class(start)
        if ch == "(":
            return self.parse_group(start)
        if ch == "\\":
            return self.parse_escape(start)
        return ("lit", ch)

    def parse_group(self, start):
        index = None
        if self.text.startswith("?", self.pos):
            self.pos += 1
            kind = self.peek()
            if kind == ":":
                self.pos += 1
            elif kind == "P" and self.text.startswith("P<", self.pos):
                end = self.text.find(">", self.pos)
                if end < 0:
                    self.fail("missing >, unterminated name", self.pos + 2)
                name = self.text[self.pos + 2:end]
                if not name:
                    self.fail("missing group name", self.pos + 2)
                if not name.isidentifier():
                    self.fail("bad character in group name %r" % name, self.pos + 2)
                if name in self.group_names:
                    self.fail("redefinition of group name %r as group %d; was group %d"
                              % (name, self.group_count + 1, self.group_names[name]), self.pos + 2)
                self.pos = end + 1
                self.group_count += 1
                index = self.group_count
                self.group_names[name] = index
            elif kind == "P" and self.text.startswith("P=", self.pos):
                end = self.text.find(")", self.pos)
                if end < 0:
                    self.fail("missing ), unterminated name", self.pos + 2)
                name = self.text[self.pos + 2:end]
                if name not in self.group_names:
                    self.fail("unknown group name %r" % name, self.pos + 2)
                self.pos = end + 1
                return ("backref", self.group_names[name])
            elif kind in ("=", "!"):
                self.pos += 1
                return self._finish_look(start, False, kind == "!")
            elif kind == "<" and self.text[self.pos + 1:self.pos + 2] in ("=", "!"):
                negate = self.text[self.pos + 1] == "!"
                self.pos += 2
                return self._finish_look(start, True, negate)
            elif kind == "#":
                end = self.text.find(")", self.pos)
                if end < 0:
                    self.fail("missing ), unterminated comment", start)
                self.pos = end + 1
                return ("cat", [])
            else:
                self.fail("unknown extension ?" + kind, start + 1)
        else:
            self.group_count += 1
            index = self.group_count
        if index is not None:
            self.open_groups.append(index)
        body = self.parse_alternation()
        if self.peek() != ")":
            self.fail("missing ), unterminated subpattern", start)
        self.pos += 1
        if index is not None:
            self.open_groups.pop()
            return ("group", index, body)
        return ("cat", [body])  # a group, so (?:$)? may repeat where a bare $? may not

    def _finish_look(self, start, behind, negate):
        body = self.parse_alternation()
        if self.peek() != ")":
            self.fail("missing ), unterminated subpattern", start)
        self.pos += 1
        if behind and _width(body) is None:
            raise error("look-behind requires fixed-width pattern")
        return ("look", behind, negate, body)

    def parse_escape(self, start):
        if self.pos >= len(self.text):
            self.fail("bad escape (end of pattern)", start)
        ch = self.text[self.pos]
        self.pos += 1
        if ch in _CATEGORIES:
            return ("set", _CharSet([], [_CATEGORIES[ch]], False, self.flags))
        if ch == "A":
            return ("assert", "bos")
        if ch == "Z":
            return ("assert", "eos")
        if ch == "b":
            return ("assert", "word")
        if ch == "B":
            return ("assert", "nonword")
        if "1" <= ch <= "9":
            digits = ch
            while len(digits) < 2 and self.peek().isdigit():
                digits += self.text[self.pos]
                self.pos += 1
            index = int(digits)
            if index > self.group_count or index in self.open_groups:
                self.fail("invalid group reference %d" % index if index > self.group_count else "cannot refer to an open group", start + 1)
            return ("backref", index)
        return ("lit", self._escaped_char(ch, start))

    def _escaped_char(self, ch, start):
        if ch in _SIMPLE_ESCAPES and ch != "b":
            return _SIMPLE_ESCAPES[ch]
        if ch == "x":
            return self._hex_escape(2, start)
        if ch == "u":
            return self._hex_escape(4, start)
        if ch == "U":
            return self._hex_escape(8, start)
        if ch.isalnum() and ch < "\x80":
            self.fail("bad escape \\" + ch, start)
        return ch

    def _hex_escape(self, count, start):
        digits = self.text[self.pos:self.pos + count]
        if len(digits) != count or not all(c in "0123456789abcdefABCDEF" for c in digits):
            self.fail("incomplete escape \\%s%s" % (self.text[start + 1], digits), start)
        self.pos += count
        return chr(int(digits, 16))

    def parse_class(self, start):
        negate = False
        if self.peek() == "^":
            negate = True
            self.pos += 1
        ranges, categories = [], []
        first = True
        while True:
            if self.pos >= len(self.text):
                self.fail("unterminated character set", start)
            ch = self.text[self.pos]
            if ch == "]" and not first:
                self.pos += 1
                break
            first = False
            item_start = self.pos
            low = self._class_char()
            if low is None:  # a category escape
                categories.append(_CATEGORIES[self.text[self.pos - 1]])
                continue
            if self.peek() == "-" and self.text[self.pos + 1:self.pos + 2] not in ("]", ""):
                self.pos += 1
                high = self._class_char()
                if high is None:
                    self.fail("bad character range %s" % self.text[item_start:self.pos], item_start)
                if high < low:
                    self.fail("bad character range %s" % self.text[item_start:self.pos], item_start)
                ranges.append((low, high))
            else:
                ranges.append((low, low))
        return ("set", _CharSet(ranges, categories, negate, self.flags))

    def _class_char(self):
        # One character of a class, or None after a category escape (\d, \w, ...).
        ch = self.text[self.pos]
        self.pos += 1
        if ch != "\\":
            return ch
        if self.pos >= len(self.text):
            self.fail("unterminated character set", self.pos - 1)
        esc = self.text[self.pos]
        self.pos += 1
        if esc in _CATEGORIES:
            return None
        if esc == "b":
            return "\b"
        return self._escaped_char(esc, self.pos - 2)


def _first_literal(node):
    # The character every match starts with, when the pattern begins with a plain literal.
    while node[0] in ("cat", "group"):
        if node[0] == "group":
            node = node[2]
        elif node[1]:
            node = node[1][0]
        else:
            return None
    return node[1] if node[0] == "lit" else None


def _width(node):
    # The fixed number of characters a node matches, or None when it varies.
    kind = node[0]
    if kind in ("lit", "any", "set", "backref"):
        return None if kind == "backref" else 1
    if kind in ("assert", "look"):
        return 0
    if kind == "group":
        return _width(node[2])
    if kind == "cat":
        total = 0
        for item in node[1]:
            w = _width(item)
            if w is None:
                return None
            total += w
        return total
    if kind == "alt":
        widths = set(_width(b) for b in node[1])
        return widths.pop() if len(widths) == 1 else None
    if kind == "rep":
        w = _width(node[1])
        return w * node[2] if w is not None and node[2] == node[3] else None
    return None


# --- the compiler: tree to instructions ------------------------------------------------------------
_CHAR, _ANY, _SET, _ASSERT, _SPLIT, _JMP, _SAVE, _BACKREF, _LOOK, _MARK, _CHECK, _REPEAT, _MATCH, _SET_REG = range(14)


class _Program:
    def __init__(self, flags, group_count):
        self.code = []
        self.flags = flags
        self.last_closed = 2 * (group_count + 1)  # register: the group that closed last
        self.registers = self.last_closed + 1  # group slots first, then that, then loop registers

    def emit(self, *instruction):
        self.code.append(list(instruction))
        return len(self.code) - 1

    def new_register(self):
        self.registers += 1
        return self.registers - 1


def _single_char(node):
    return node[0] in ("lit", "any", "set")


def _compile_node(prog, node):
    kind = node[0]
    flags = prog.flags
    if kind == "lit":
        ch = node[1]
        prog.emit(_CHAR, ch.lower() if flags & _I else ch)
    elif kind == "any":
        prog.emit(_ANY, bool(flags & _S))
    elif kind == "set":
        prog.emit(_SET, node[1])
    elif kind == "assert":
        prog.emit(_ASSERT, node[1])
    elif kind == "group":
        prog.emit(_SAVE, 2 * node[1])
        _compile_node(prog, node[2])
        prog.emit(_SAVE, 2 * node[1] + 1)
        prog.emit(_SET_REG, prog.last_closed, node[1])
    elif kind == "backref":
        prog.emit(_BACKREF, node[1])
    elif kind == "look":
        sub = _Program(flags, 0)
        sub.last_closed = prog.last_closed
        sub.registers = prog.registers
        _compile_node(sub, node[3])
        sub.emit(_MATCH)
        prog.registers = sub.registers
        prog.emit(_LOOK, node[1], node[2], sub.code, _width(node[3]) if node[1] else 0)
    elif kind == "cat":
        for item in node[1]:
            _compile_node(prog, item)
    elif kind == "alt":
        jumps = []
        for branch in node[1][:-1]:
            split = prog.emit(_SPLIT, 0, 0)
            prog.code[split][1] = len(prog.code)
            _compile_node(prog, branch)
            jumps.append(prog.emit(_JMP, 0))
            prog.code[split][2] = len(prog.code)
        _compile_node(prog, node[1][-1])
        for j in jumps:
            prog.code[j][1] = len(prog.code)
    elif kind == "rep":
        _compile_repeat(prog, node)


def _compile_repeat(prog, node):
    _, body, low, high, greedy = node
    if _single_char(body):
        # One instruction for x*, x+, x{m,n} of a single character: it backtracks by counting.
        matcher = _Program(prog.flags, 0)
        _compile_node(matcher, body)
        prog.emit(_REPEAT, matcher.code[0], low, high, greedy)
        return
    for _ in range(low):
        _compile_node(prog, body)
    if high is None:
        register = prog.new_register()
        loop = prog.emit(_SPLIT, 0, 0)
        prog.emit(_MARK, register)
        _compile_node(prog, body)
        check = prog.emit(_CHECK, register, 0)  # an iteration that matched nothing ends the loop
        prog.emit(_JMP, loop)
        prog.code[check][2] = len(prog.code)
        _set_split(prog, loop, loop + 1, len(prog.code), greedy)
        return
    exits = []
    for _ in range(high - low):
        split = prog.emit(_SPLIT, 0, 0)
        exits.append(split)
        _compile_node(prog, body)
    for split in exits:
        _set_split(prog, split, split + 1, len(prog.code), greedy)


def _set_split(prog, split, body, after, greedy):
    prog.code[split][1], prog.code[split][2] = (body, after) if greedy else (after, body)


# --- the machine -----------------------------------------------------------------------------------
def _char_matches(instruction, ch, flags):
    op = instruction[0]
    if op == _CHAR:
        return ch == instruction[1] or (flags & _I and ch.lower() == instruction[1])
    if op == _ANY:
        return instruction[1] or ch != "\n"
    return instruction[1].matches(ch)


def _assert_holds(kind, text, pos, flags):
    end = len(text)
    if kind == "bol":
        return pos == 0 or (flags & _M and text[pos - 1] == "\n")
    if kind == "eol":
        if flags & _M:
            return pos == end or text[pos] == "\n"
        return pos == end or (pos == end - 1 and text[pos] == "\n")
    if kind == "bos":
        return pos == 0
    if kind == "eos":
        return pos == end
    ascii_only = flags & _A
    before = pos > 0 and _is_word(text[pos - 1], ascii_only)
    after = pos < end and _is_word(text[pos], ascii_only)
    return (before != after) == (kind == "word")


def _run(code, text, start, regs, flags, forbid_empty=False, must_end=None):
    """Runs code from start; returns the end position (regs filled) or -1."""
    stack = []
    pc, pos = 0, start
    end = len(text)
    while True:
        ok = True
        instruction = code[pc]
        op = instruction[0]
        if op == _CHAR or op == _ANY or op == _SET:
            if pos < end and _char_matches(instruction, text[pos], flags):
                pos += 1
                pc += 1
            else:
                ok = False
        elif op == _REPEAT:
            _, matcher, low, high, greedy = instruction
            limit = end if high is None else min(end, pos + high)
            if greedy:
                stop = pos
                while stop < limit and _char_matches(matcher, text[stop], flags):
                    stop += 1
                if stop - pos < low:
                    ok = False
                else:
                    if stop > pos + low:
                        stack.append((2, pc + 1, pos + low, stop - 1))
                    pos = stop
                    pc += 1
            else:
                stop = pos
                while stop < pos + low and stop < end and _char_matches(matcher, text[stop], flags):
                    stop += 1
                if stop - pos < low:
                    ok = False
                else:
                    stack.append((3, pc + 1, stop, limit, matcher))
                    pos = stop
                    pc += 1
        elif op == _SPLIT:
            stack.append((0, instruction[2], pos))
            pc = instruction[1]
        elif op == _JMP:
            pc = instruction[1]
        elif op == _SAVE or op == _MARK:
            slot = instruction[1]
            stack.append((1, slot, regs[slot]))
            regs[slot] = pos
            pc += 1
        elif op == _CHECK:
            pc = instruction[2] if regs[instruction[1]] == pos else pc + 1
        elif op == _SET_REG:
            slot = instruction[1]
            stack.append((1, slot, regs[slot]))
            regs[slot] = instruction[2]
            pc += 1
        elif op == _ASSERT:
            if _assert_holds(instruction[1], text, pos, flags):
                pc += 1
            else:
                ok = False
        elif op == _BACKREF:
            group = instruction[1]
            g_start, g_end = regs[2 * group], regs[2 * group + 1]
            if g_start < 0 or g_end < 0:
                ok = False
            else:
                piece = text[g_start:g_end]
                candidate = text[pos:pos + len(piece)]
                if candidate == piece or (flags & _I and candidate.lower() == piece.lower()):
                    pos += len(piece)
                    pc += 1
                else:
                    ok = False
        elif op == _LOOK:
            _, behind, negate, sub, width = instruction
            trial = list(regs)
            if behind:
                found = pos - width >= 0 and _run(sub, text, pos - width, trial, flags, must_end=pos) >= 0
            else:
                found = _run(sub, text, pos, trial, flags) >= 0
            if found == negate:
                ok = False
            else:
                if found:  # groups set inside a positive lookaround stay set
                    for slot, value in enumerate(trial):
                        if regs[slot] != value:
                            stack.append((1, slot, regs[slot]))
                            regs[slot] = value
                pc += 1
        else:  # _MATCH
            if (must_end is None or pos == must_end) and not (forbid_empty and pos == start):
                return pos
            ok = False
        if ok:
            continue
        # Backtrack: undo register writes until a choice point remains.
        while True:
            if not stack:
                return -1
            entry = stack.pop()
            kind = entry[0]
            if kind == 1:
                regs[entry[1]] = entry[2]
            elif kind == 0:
                pc, pos = entry[1], entry[2]
                break
            elif kind == 2:  # greedy repeat gives back one character
                _, next_pc, lowest, current = entry
                if current > lowest:
                    stack.append((2, next_pc, lowest, current - 1))
                pc, pos = next_pc, current
                break
            else:  # lazy repeat takes one more character
                _, next_pc, current, limit, matcher = entry
                if current < limit and _char_matches(matcher, text[current], flags):
                    stack.append((3, next_pc, current + 1, limit, matcher))
                    pc, pos = next_pc, current + 1
                    break


# --- Pattern and Match -----------------------------------------------------------------------------
class Pattern:
    """A compiled regular expression."""

    def __init__(self, pattern, flags):
        if not isinstance(pattern, str):
            raise TypeError("first argument must be string or compiled pattern")
        parser = _Parser(pattern, int(flags))
        tree = parser.parse()
        self.pattern = pattern
        self.flags = parser.flags | (0 if parser.flags & _A else _U)
        self.groups = parser.group_count
        self.groupindex = dict(parser.group_names)
        program = _Program(parser.flags, parser.group_count)
        _compile_node(program, tree)
        program.emit(_MATCH)
        self._code = program.code
        self._registers = program.registers
        self._run_flags = parser.flags
        self._first = None if parser.flags & _I else _first_literal(tree)

    def __repr__(self):
        names = [name for bit, name in _FLAG_NAMES if self.flags & bit and not (bit == _U)]
        text = "re.compile(%r" % self.pattern
        if names:
            text += ", " + "|".join(names)
        return text + ")"

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def _match_at(self, string, start, endpos, forbid_empty=False, must_end=None):
        regs = [-1] * self._registers  # -1: not set
        text = string if endpos >= len(string) else string[:endpos]
        stop = _run(self._code, text, start, regs, self._run_flags, forbid_empty, must_end)
        if stop < 0:
            return None
        regs[0], regs[1] = start, stop
        return regs

    def _bounds(self, string, pos, endpos):
        if not isinstance(string, str):
            raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)
        n = len(string)
        endpos = n if endpos is None else max(0, min(endpos, n))
        pos = max(0, min(pos, n))
        return pos, endpos

    def match(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        regs = self._match_at(string, pos, endpos)
        return None if regs is None else Match(self, string, regs, pos, endpos)

    def fullmatch(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        regs = self._match_at(string, pos, endpos, must_end=endpos)
        return None if regs is None else Match(self, string, regs, pos, endpos)

    def search(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        return self._search(string, pos, endpos, False)

    def _search(self, string, pos, endpos, forbid_empty):
        start = pos
        while start <= endpos:
            if self._first is not None:  # skip to where the first character can match
                start = string.find(self._first, start, endpos)
                if start < 0:
                    return None
            regs = self._match_at(string, start, endpos, forbid_empty and start == pos)
            if regs is not None:
                return Match(self, string, regs, pos, endpos)
            start += 1
        return None

    def finditer(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        return iter(self._all_matches(string, pos, endpos, 0))

    def _all_matches(self, string, pos, endpos, limit):
        # An empty match may follow a non-empty one; after an empty match the next one starts
        # at the same place but must not be empty there (CPython 3.7+).
        found = []
        forbid_empty = False
        while pos <= endpos and (limit == 0 or len(found) < limit):
            m = self._search(string, pos, endpos, forbid_empty)
            if m is None:
                break
            found.append(m)
            forbid_empty = m.end() == m.start()
            pos = m.end()
        return found

    def findall(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        result = []
        for m in self._all_matches(string, pos, endpos, 0):
            if self.groups == 0:
                result.append(m.group())
            elif self.groups == 1:
                result.append(m.group(1) or "")
            else:
                result.append(tuple(g or "" for g in m.groups()))
        return result

    def split(self, string, maxsplit=0):
        self._bounds(string, 0, None)
        pieces = []
        last = 0
        for m in self._all_matches(string, 0, len(string), max(maxsplit, 0)):
            pieces.append(string[last:m.start()])
            pieces.extend(m.groups())
            last = m.end()
        pieces.append(string[last:])
        return pieces

    def subn(self, repl, string, count=0):
        self._bounds(string, 0, None)
        if callable(repl):
            expand = repl
        else:
            if not isinstance(repl, str):
                raise TypeError("decoding to str: need a bytes-like object, %s found" % type(repl).__name__)
            template = _parse_template(repl, self)
            expand = lambda m: _expand_template(template, m)
        out = []
        last = 0
        matches = self._all_matches(string, 0, len(string), max(count, 0))
        for m in matches:
            out.append(string[last:m.start()])
            piece = expand(m)
            if not isinstance(piece, str):
                raise TypeError("expected str instance, %s found" % type(piece).__name__)
            out.append(piece)
            last = m.end()
        out.append(string[last:])
        return "".join(out), len(matches)

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]


class Match:
    """The result of a successful match."""

    def __init__(self, pattern, string, regs, pos, endpos):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._regs = regs
        last = regs[2 * (pattern.groups + 1)]
        self.lastindex = last if last > 0 else None
        self.lastgroup = None
        for name, index in pattern.groupindex.items():
            if index == self.lastindex:
                self.lastgroup = name

    def _index(self, group):
        if isinstance(group, int) and 0 <= group <= self.re.groups:
            return group
        if isinstance(group, str) and group in self.re.groupindex:
            return self.re.groupindex[group]
        raise IndexError("no such group")

    def span(self, group=0):
        i = self._index(group)
        start, end = self._regs[2 * i], self._regs[2 * i + 1]
        return (start, end) if start >= 0 and end >= 0 else (-1, -1)

    def start(self, group=0):
        return self.span(group)[0]

    def end(self, group=0):
        return self.span(group)[1]

    def _text(self, index, default=None):
        start, end = self.span(index)
        return default if start < 0 else self.string[start:end]

    def group(self, *groups):
        if not groups:
            return self._text(0)
        if len(groups) == 1:
            return self._text(self._index(groups[0]))
        return tuple(self._text(self._index(g)) for g in groups)

    def __getitem__(self, group):
        return self.group(group)

    def groups(self, default=None):
        return tuple(self._text(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._text(index, default) for name, index in self.re.groupindex.items()}

    def expand(self, template):
        return _expand_template(_parse_template(template, self.re), self)

    @property
    def regs(self):
        return tuple(self.span(i) for i in range(self.re.groups + 1))

    def __bool__(self):
        return True

    def __repr__(self):
        return "<re.Match object; span=%r, match=%r>" % (self.span(), self.group())


_OWN_TYPES = (Pattern, Match)
for _cls in _OWN_TYPES:
    _inspect.set_type_name(_cls, "re." + _cls.__name__)
del _cls


# --- replacement templates -------------------------------------------------------------------------
def _parse_template(template, pattern):
    # Literal text and group numbers: ["text", 1, "more", ...].
    parts = []
    literal = []
    i = 0
    n = len(template)
    while i < n:
        ch = template[i]
        if ch != "\\":
            literal.append(ch)
            i += 1
            continue
        if i + 1 >= n:
            raise error("bad escape (end of pattern)", template, i)
        nxt = template[i + 1]
        if nxt == "g":
            close = template.find(">", i + 3)
            if template[i + 2:i + 3] != "<":
                raise error("missing <", template, i + 2)
            if close < 0:
                raise error("missing >, unterminated name", template, i + 3)
            name = template[i + 3:close]
            if not name:
                raise error("missing group name", template, i + 3)
            if name.isdigit():
                index = int(name)
                if index > pattern.groups:
                    raise error("invalid group reference %d" % index, template, i + 3)
            elif name in pattern.groupindex:
                index = pattern.groupindex[name]
            elif name.isidentifier():
                raise IndexError("unknown group name '%s'" % name)
            else:
                raise error("bad character in group name '%s'" % name, template, i + 3)
            parts.append("".join(literal))
            literal = []
            parts.append(index)
            i = close + 1
        elif nxt.isdigit() and nxt != "0":
            j = i + 2
            if j < n and template[j].isdigit():
                j += 1
            index = int(template[i + 1:j])
            if index > pattern.groups:
                raise error("invalid group reference %d" % index, template, i + 1)
            parts.append("".join(literal))
            literal = []
            parts.append(index)
            i = j
        elif nxt in _SIMPLE_ESCAPES:
            literal.append(_SIMPLE_ESCAPES[nxt])
            i += 2
        elif nxt == "\\":
            literal.append("\\")
            i += 2
        elif nxt.isalpha() and nxt < "\x80":
            raise error("bad escape \\" + nxt, template, i)
        else:
            literal.append("\\" + nxt)
            i += 2
    parts.append("".join(literal))
    return parts


def _expand_template(parts, m):
    out = []
    for part in parts:
        if isinstance(part, int):
            out.append(m.group(part) or "")
        else:
            out.append(part)
    return "".join(out)


# --- module functions ------------------------------------------------------------------------------
_cache = {}
_CACHE_LIMIT = 512


def compile(pattern, flags=0):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    flags = int(flags)
    key = (type(pattern), pattern, flags)
    compiled = _cache.get(key)
    if compiled is None:
        compiled = Pattern(pattern, flags)
        if len(_cache) >= _CACHE_LIMIT:
            _cache.clear()
        _cache[key] = compiled
    return compiled


def purge():
    _cache.clear()


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


_SPECIAL_CHARS = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    return "".join("\\" + ch if ch in _SPECIAL_CHARS else ch for ch in pattern)
