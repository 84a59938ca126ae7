# io: open() and its file objects on the run's in-memory file system (the native _sandbox
# module, runtime/py/sandbox_fs.hpp), plus StringIO and BytesIO. Positions (tell/seek) are byte
# offsets, as CPython's are for UTF-8 files. Writes go straight to the file: there is no buffer
# for flush() to empty, so another handle sees them at once.
import _sandbox

SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


def _check_newline(newline):
    if newline is not None and not isinstance(newline, str):
        raise TypeError("open() argument 'newline' must be str or None, not " + type(newline).__name__)
    if newline not in (None, "", "\n", "\r", "\r\n"):
        raise ValueError("illegal newline value: " + newline)


def _parse_mode(mode):
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not " + type(mode).__name__)
    chars = set(mode)
    if len(chars) != len(mode) or not chars <= set("rwaxbt+"):
        raise ValueError("invalid mode: '" + mode + "'")
    if "b" in chars and "t" in chars:
        raise ValueError("can't have text and binary mode at once")
    kinds = [c for c in "rwax" if c in chars]
    if len(kinds) != 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    return kinds[0], "+" in chars, "b" in chars


class _Stream:
    """What files and memory streams share: the with-statement, iteration by lines, writelines."""

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def writelines(self, lines):
        for line in lines:
            self.write(line)


class _FileBase(_Stream):
    """What binary and text files share: the descriptor, the position, closing."""

    def __init__(self, file, mode, kind, plus):
        if not isinstance(file, str):
            raise TypeError("expected str, bytes or os.PathLike object, not " + type(file).__name__)
        self._fd, _ = _sandbox.open(file, kind)
        self.name = file
        self.mode = mode
        self._readable = kind == "r" or plus
        self._writable = kind != "r" or plus
        self._append = kind == "a"
        self._pos = _sandbox.size(self._fd) if self._append else 0
        self.closed = False

    def _check_open(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def _check_readable(self):
        self._check_open()
        if not self._readable:
            raise UnsupportedOperation("not readable")

    def _check_writable(self):
        self._check_open()
        if not self._writable:
            raise UnsupportedOperation("not writable")

    def readable(self):
        self._check_open()
        return self._readable

    def writable(self):
        self._check_open()
        return self._writable

    def seekable(self):
        self._check_open()
        return True

    def tell(self):
        self._check_open()
        return self._pos

    def flush(self):
        self._check_open()

    def close(self):
        if not self.closed:
            self.closed = True
            _sandbox.close(self._fd)

    def fileno(self):
        self._check_open()
        return self._fd

    def isatty(self):
        self._check_open()
        return False

    def truncate(self, size=None):
        self._check_writable()
        if size is None:
            size = self._pos
        _sandbox.truncate(self._fd, size)
        return size

    def _write_bytes(self, data):
        if self._append:
            self._pos = _sandbox.size(self._fd)
        _sandbox.pwrite(self._fd, self._pos, data)
        self._pos += len(data)

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines


class BufferedFile(_FileBase):
    """A binary file (mode with 'b'): read and write bytes."""

    def __repr__(self):
        kind = "BufferedRandom" if self._readable and self._writable else (
            "BufferedReader" if self._readable else "BufferedWriter")
        return "<_io." + kind + " name=" + repr(self.name) + ">"

    def seek(self, offset, whence=0):
        self._check_open()
        if whence == 0:
            if offset < 0:
                raise ValueError("negative seek position " + str(offset))
            self._pos = offset
        elif whence == 1:
            self._pos = max(0, self._pos + offset)
        elif whence == 2:
            self._pos = max(0, _sandbox.size(self._fd) + offset)
        else:
            raise ValueError("whence value " + str(whence) + " unsupported")
        return self._pos

    def read(self, size=-1):
        self._check_readable()
        data = _sandbox.pread(self._fd, self._pos, -1 if size is None else size)
        self._pos += len(data)
        return data

    def readline(self, size=-1):
        self._check_readable()
        end = _sandbox.line_end(self._fd, self._pos, b"\n")
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        data = _sandbox.pread(self._fd, self._pos, end - self._pos)
        self._pos += len(data)
        return data

    def write(self, data):
        self._check_writable()
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(data)
        self._write_bytes(data)
        return len(data)


def _translate(text):
    return text.replace("\r\n", "\n").replace("\r", "\n")


class TextIOWrapper(_FileBase):
    """A text file: str in and out, encoded as UTF-8, universal newlines on read by default."""

    def __init__(self, file, mode, kind, plus, encoding, errors, newline):
        _FileBase.__init__(self, file, mode, kind, plus)
        self.encoding = "UTF-8" if encoding is None else encoding
        self.errors = "strict" if errors is None else errors
        self.newlines = None
        self._newline = newline

    def __repr__(self):
        return ("<_io.TextIOWrapper name=" + repr(self.name) + " mode=" + repr(self.mode) +
                " encoding=" + repr(self.encoding) + ">")

    def seek(self, offset, whence=0):
        self._check_open()
        if whence == 1 and offset != 0:
            raise UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == 2 and offset != 0:
            raise UnsupportedOperation("can't do nonzero end-relative seeks")
        if whence == 0:
            if offset < 0:
                raise ValueError("negative seek position " + str(offset))
            self._pos = offset
        elif whence == 2:
            self._pos = _sandbox.size(self._fd)
        elif whence != 1:
            raise ValueError("invalid whence (" + str(whence) + ", should be 0, 1 or 2)")
        return self._pos

    def _decode(self, data):
        return data.decode(self.encoding, self.errors)

    def read(self, size=-1):
        self._check_readable()
        raw = self._decode(_sandbox.pread(self._fd, self._pos, -1))
        if size is None or size < 0:
            self._pos += len(raw.encode(self.encoding, self.errors))
            return _translate(raw) if self._newline is None else raw
        # Take `size` characters after newline translation; advance past the raw text they came from.
        out = []
        i = 0
        while len(out) < size and i < len(raw):
            c = raw[i]
            if self._newline is None and c == "\r":
                if i + 1 < len(raw) and raw[i + 1] == "\n":
                    i += 1
                c = "\n"
            out.append(c)
            i += 1
        self._pos += len(raw[:i].encode(self.encoding, self.errors))
        return "".join(out)

    def readline(self, size=-1):
        self._check_readable()
        term = b"" if self._newline in (None, "") else self._newline.encode()
        end = _sandbox.line_end(self._fd, self._pos, term)
        line = self._decode(_sandbox.pread(self._fd, self._pos, end - self._pos))
        if size is not None and 0 <= size < len(line):
            line = line[:size]
        self._pos += len(line.encode(self.encoding, self.errors))
        return _translate(line) if self._newline is None else line

    def write(self, text):
        self._check_writable()
        if not isinstance(text, str):
            raise TypeError("write() argument must be str, not " + type(text).__name__)
        if self._newline not in (None, "", "\n"):
            text = text.replace("\n", self._newline)
        self._write_bytes(text.encode(self.encoding, self.errors))
        return len(text)


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    kind, plus, binary = _parse_mode(mode)
    if binary:
        if encoding is not None:
            raise ValueError("binary mode doesn't take an encoding argument")
        if errors is not None:
            raise ValueError("binary mode doesn't take an errors argument")
        if newline is not None:
            raise ValueError("binary mode doesn't take a newline argument")
        return BufferedFile(file, mode, kind, plus)
    _check_newline(newline)
    if encoding is not None:
        if not isinstance(encoding, str):
            raise TypeError("open() argument 'encoding' must be str or None, not " + type(encoding).__name__)
        if encoding.lower().replace("-", "").replace("_", "") not in ("utf8", "ascii", "latin1"):
            raise LookupError("unknown encoding: " + encoding)
    return TextIOWrapper(file, mode, kind, plus, encoding, errors, newline)


class _MemoryIO(_Stream):
    """StringIO and BytesIO share everything but the element type."""

    def __init__(self, initial):
        self._buf = initial
        self._pos = 0
        self.closed = False

    def _check_open(self):
        if self.closed:
            raise ValueError(self._closed_message)

    def getvalue(self):
        self._check_open()
        return self._buf

    def read(self, size=-1):
        self._check_open()
        end = len(self._buf) if size is None or size < 0 else self._pos + size
        data = self._buf[self._pos:end]
        self._pos += len(data)
        return data

    def readline(self, size=-1):
        self._check_open()
        nl = self._buf.find(self._nl, self._pos)
        end = len(self._buf) if nl < 0 else nl + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        data = self._buf[self._pos:end]
        self._pos += len(data)
        return data

    def readlines(self, hint=-1):
        return list(self)

    def write(self, data):
        self._check_open()
        self._check_type(data)
        if self._pos > len(self._buf):
            self._buf = self._buf + self._empty * (self._pos - len(self._buf))
        self._buf = self._buf[:self._pos] + data + self._buf[self._pos + len(data):]
        self._pos += len(data)
        return len(data)


    def seek(self, pos, whence=0):
        self._check_open()
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek value " + str(pos))
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("Invalid whence (" + str(whence) + ", should be 0, 1 or 2)")
        return self._pos

    def tell(self):
        self._check_open()
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        self._buf = self._buf[:size]
        return size

    def flush(self):
        self._check_open()

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def close(self):
        self.closed = True


class StringIO(_MemoryIO):
    _nl = "\n"
    _empty = "\0"
    _closed_message = "I/O operation on closed file"

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not " + type(initial_value).__name__)
        _MemoryIO.__init__(self, initial_value)

    def _check_type(self, data):
        if not isinstance(data, str):
            raise TypeError("string argument expected, got '" + type(data).__name__ + "'")


class BytesIO(_MemoryIO):
    _nl = b"\n"
    _empty = b"\0"
    _closed_message = "I/O operation on closed file."

    def __init__(self, initial_bytes=b""):
        _MemoryIO.__init__(self, bytes(initial_bytes))

    def _check_type(self, data):
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
