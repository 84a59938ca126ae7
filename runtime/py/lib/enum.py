"""Enumerations, following CPython 3.11's behaviour and reprs (`<Color.RED: 1>`, `Color.RED`).
A data type mixed in (IntEnum, StrEnum, IntFlag, `class C(str, Enum)`) is a real base: members
are ints / strs with the enum's repr, and str()/format() as CPython 3.11 gives them.
Not supported: the `boundary` of Flag (values outside the flags are kept as they are), `_ignore_`
beyond a list of names, pickling by name.
"""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
           'auto', 'unique', 'global_enum', 'verify', 'member', 'nonmember', 'property',
           'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'EnumCheck', 'UNIQUE',
           'CONTINUOUS', 'NAMED_FLAGS']

_builtin_property = property


class auto:
    """Stands for a value chosen by _generate_next_value_."""
    _counter = 0

    def __init__(self, value=None):
        self.value = value
        auto._counter += 1
        self._order = auto._counter

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class member:
    def __init__(self, value):
        self.value = value


class nonmember:
    def __init__(self, value):
        self.value = value


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith('__')


def _is_descriptor(value):
    # Functions, properties, class/static methods and classes are attributes, not members.
    return callable(value) or isinstance(value, (_builtin_property, classmethod, staticmethod))


def _is_single_bit(num):
    return num != 0 and num & (num - 1) == 0


def _bits(num, max_bits):
    # '0b0 0111': a sign digit, then the bits padded to max_bits (non-negative numbers).
    return '0b0 ' + format(num, 'b').rjust(max_bits, '0')[-max(max_bits, num.bit_length()):] if num else '0b0 ' + '0' * max_bits


def _high_bit(value):
    return value.bit_length() - 1


# --- the metaclass ---------------------------------------------------------------------------------
class EnumType(type):
    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        return {}

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        ignore = classdict.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        members = []  # (name, value as written)
        body = {}
        for key, value in classdict.items():
            if key in ignore or key == '_ignore_':
                continue
            if isinstance(value, nonmember):
                body[key] = value.value
                continue
            if isinstance(value, member):
                value = value.value
            elif (_is_dunder(key) or _is_sunder(key) or _is_private(cls, key)
                  or _is_descriptor(value)):
                body[key] = value
                continue
            if any(key == name for name, _ in members):
                raise TypeError(f'{key!r} already defined')
            members.append((key, value))
        custom_new = body.pop('__new__', None)
        if custom_new is not None and isinstance(custom_new, staticmethod):
            custom_new = custom_new.__func__
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        body['_unhashable_values_'] = []
        body['_member_type_'] = member_type
        if custom_new is not None:
            body['_new_member_'] = custom_new
        elif '_new_member_' not in body:
            body['_new_member_'] = None
        enum_class = type.__new__(metacls, cls, bases, body, **kwds)
        if custom_new is None:
            for base in enum_class.__mro__[1:]:
                inherited = base.__dict__.get('_new_member_')
                if inherited is not None:
                    custom_new = inherited
                    break
        enum_class._new_member_ = custom_new
        metacls._use_enum_methods_(enum_class, classdict, bases, member_type, first_enum)
        is_flag = issubclass(enum_class, Flag) if Flag is not None else False
        if is_flag:
            enum_class._flag_mask_ = 0
            enum_class._all_bits_ = 0
        generate = enum_class._generate_next_value_
        last_values = []
        for count, (name, value) in enumerate(members):
            if isinstance(value, auto):
                if value.value is None:
                    value.value = generate(name, 1, count, last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(generate(name, 1, count, last_values[:]) if isinstance(v, auto) else v
                              for v in value)
            last_values.append(value)
            metacls._add_member_(enum_class, name, value, custom_new, is_flag)
        if is_flag:
            enum_class._all_bits_ = 2 ** enum_class._flag_mask_.bit_length() - 1
        return enum_class

    @staticmethod
    def _add_member_(enum_class, name, value, custom_new, is_flag):
        args = value if isinstance(value, tuple) else (value,)
        if custom_new is not None:
            new_member = custom_new(enum_class, *args)
            if not hasattr(new_member, '_value_'):
                new_member._value_ = value
        else:
            member_type = enum_class._member_type_
            if member_type is object:
                new_member = object.__new__(enum_class)
                new_member._value_ = value
            else:
                new_member = member_type.__new__(enum_class, *args)
                new_member._value_ = member_type(*args)
        value = new_member._value_
        new_member._name_ = name
        new_member.__objclass__ = enum_class
        new_member._sort_order_ = len(enum_class._member_names_)
        init = enum_class.__init__
        if init is not object.__init__:
            init(new_member, *args)
        # An equal value makes this name an alias of the earlier member.
        existing = None
        try:
            existing = enum_class._value2member_map_.get(value)
        except TypeError:
            for m in enum_class._unhashable_values_:
                if m._value_ == value:
                    existing = m
        if existing is not None:
            new_member = existing
        elif not is_flag or _is_single_bit(value) or value == 0:
            enum_class._member_names_.append(name)
        if is_flag and isinstance(value, int):
            enum_class._flag_mask_ |= value
        enum_class._member_map_[name] = new_member
        try:
            enum_class._value2member_map_.setdefault(value, new_member)
        except TypeError:
            enum_class._unhashable_values_.append(new_member)
        type.__setattr__(enum_class, name, new_member)

    @staticmethod
    def _use_enum_methods_(enum_class, classdict, bases, member_type, first_enum):
        # The data type's repr/str/format come before Enum's in the MRO: put the enum's back
        # where the class didn't define its own. ReprEnum keeps the data type's str and format.
        if member_type is object or first_enum is None:
            return
        if ReprEnum is not None and ReprEnum in bases:
            if '__format__' not in classdict:
                enum_class.__format__ = member_type.__format__
                classdict['__format__'] = enum_class.__format__
            if '__str__' not in classdict:
                enum_class.__str__ = member_type.__str__
                classdict['__str__'] = enum_class.__str__
        for name in ('__repr__', '__str__', '__format__'):
            if name in classdict:
                continue
            found = getattr(enum_class, name, None)
            if found is getattr(member_type, name, None) or found is getattr(object, name, None):
                setattr(enum_class, name, getattr(first_enum, name))
        if Flag is not None and issubclass(enum_class, Flag):
            # int's operators come before Flag's: members combine into members.
            for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__'):
                if name not in classdict:
                    setattr(enum_class, name, getattr(Flag, name))

    @staticmethod
    def _data_type_(base):
        # The first class along base's MRO with its own __new__ (int, str, a Python data class).
        for klass in base.__mro__:
            if klass is object:
                return object
            if isinstance(klass, EnumType):
                return klass._member_type_
            if '__new__' in klass.__dict__:
                return klass
        return object

    @staticmethod
    def _get_mixins_(class_name, bases):
        if not bases:
            return object, Enum
        first_enum = None
        member_type = object
        for base in bases:
            if Enum is None or not isinstance(base, EnumType):
                data_type = EnumType._data_type_(base)
                if data_type is not object:
                    member_type = data_type
            elif Enum is not None and isinstance(base, EnumType):
                if base._member_names_:
                    raise TypeError(f'{class_name}: cannot extend enumeration {base.__name__!r}')
                first_enum = base  # the last enum base gives the methods (CPython's rule)
                if base._member_type_ is not object and member_type is object:
                    member_type = base._member_type_
        if first_enum is None:
            if Enum is None:
                return object, None
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
        return member_type, first_enum

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls.__new_lookup__(value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)

    def __new_lookup__(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._unhashable_values_:
                if m._value_ == value:
                    return m
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is not None:
            raise TypeError(f'error in {cls.__name__}._missing_: returned {result!r} instead of None or a valid member')
        raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        bases = (cls,) if type is None else (type, cls)
        classdict = {}
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original = names
            names = []
            last_values = []
            for count, name in enumerate(original):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        if isinstance(names, dict):
            names = names.items()
        for item in names:
            if isinstance(item, str):
                name, value = item, names[item]
            else:
                name, value = item
            classdict[name] = value
        classdict['__module__'] = module or '__main__'
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return EnumType.__new__(EnumType, class_name, bases, classdict)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'"
                % (type(member).__qualname__, type(cls).__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError(f'{cls.__name__}: cannot delete Enum member.')
        type.__delattr__(cls, attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @_builtin_property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError(f'cannot reassign member {name!r}')
        type.__setattr__(cls, name, value)


EnumMeta = EnumType


# --- Enum ------------------------------------------------------------------------------------------
Enum = None
Flag = None
ReprEnum = None


class Enum(metaclass=EnumType):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        for last in reversed(last_values):
            try:
                return last + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return '<%s.%s: %r>' % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __dir__(self):
        return ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @_builtin_property
    def name(self):
        return self._name_

    @_builtin_property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    """Members print (str/format) as their value; repr stays the enum's."""


class IntEnum(int, ReprEnum):
    """Members are ints."""


class StrEnum(str, ReprEnum):
    """Members are strs."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values, ))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0], ))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


# --- Flag ------------------------------------------------------------------------------------------
class FlagBoundary:
    STRICT = 'strict'
    CONFORM = 'conform'
    EJECT = 'eject'
    KEEP = 'keep'


STRICT, CONFORM, EJECT, KEEP = 'strict', 'conform', 'eject', 'keep'


class Flag(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        return 2 ** (_high_bit(last_value) + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        covered = 0
        names = []
        for m in cls:
            if m._value_ & value == m._value_:
                covered |= m._value_
                names.append(m._name_)
        if covered != value and cls._member_type_ is object:
            max_bits = max(value.bit_length(), cls._flag_mask_.bit_length())
            raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                             % (cls, value, _bits(value, max_bits), _bits(cls._flag_mask_, max_bits)))
        if covered != value:
            names.append(str(value & ~covered))
        # A combination of flags: a pseudo-member named after its flags, made once.
        member_type = cls._member_type_
        pseudo = object.__new__(cls) if member_type is object else member_type.__new__(cls, value)
        pseudo._value_ = value
        pseudo._name_ = '|'.join(names) if names else None
        return cls._value2member_map_.setdefault(value, pseudo)

    def _members_in(self):
        return [m for m in self.__class__ if m._value_ & self._value_ == m._value_ and m._value_]

    def __iter__(self):
        return iter(self._members_in())

    def __len__(self):
        return len(self._members_in())

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r"
                % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def __repr__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '<%s: %r>' % (cls_name, self._value_)
        return '<%s.%s: %r>' % (cls_name, self._name_, self._value_)

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return '%s.%s' % (cls_name, self._name_)

    def __hash__(self):
        return hash(self._value_) if self._name_ is None else hash(self._name_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if isinstance(self, int) and isinstance(other, int):
            return other
        return NotImplemented

    def __or__(self, other):
        value = self._other_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | value)

    def __and__(self, other):
        value = self._other_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & value)

    def __xor__(self, other):
        value = self._other_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ value)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return self.__class__(self.__class__._flag_mask_ ^ self._value_)


class IntFlag(int, ReprEnum, Flag):
    """Flags that are ints."""


# --- decorators ------------------------------------------------------------------------------------
def unique(enumeration):
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m._name_:
            duplicates.append((name, m._name_))
    if duplicates:
        alias_details = ', '.join('%s -> %s' % (alias, name) for alias, name in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


class EnumCheck:
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck.CONTINUOUS, EnumCheck.NAMED_FLAGS, EnumCheck.UNIQUE


def verify(*checks):
    def decorator(enumeration):
        if UNIQUE in checks:
            unique(enumeration)
        return enumeration
    return decorator


def global_enum(cls):
    raise NotImplementedError('enum.global_enum')


property = _builtin_property
