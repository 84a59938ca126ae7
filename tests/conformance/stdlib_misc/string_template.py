from string import Template
import string

t = Template("Hello $name, ${x}y $$ cost $5 ${bad-} $")
print(t.template, t.get_identifiers(), t.is_valid())
print(t.safe_substitute(name="N"))
print(t.safe_substitute({"name": "M", "x": 7}))
print(Template("$who likes $what").substitute(who="tim", what="kung pao"))
print(Template("$who likes $what").substitute({"who": "ann", "what": "tea"}, what="coffee"))
print(Template("${noun}ification").substitute(noun="templ"), Template("$_x9 $A").substitute(_x9=1, A=2.5))
print(Template("$a.b $a-c").substitute(a="x"), Template("${a}${a}").get_identifiers(), Template("no $$ here").is_valid())
print(Template("caf\u00e9 $x").substitute(x=[1, 2]), Template("$x").safe_substitute(), Template("${y}").safe_substitute())
print(type(t) is Template, isinstance(t, string.Template), Template.__name__)
for f in [lambda: t.substitute(name="n", x=1), lambda: Template("$a $b").substitute({"a": 1}), lambda: Template("x\ny $").substitute(),
          lambda: Template("${1}").substitute(), lambda: Template("$a").substitute(1, 2), lambda: Template("$a").substitute(5),
          lambda: Template(), lambda: Template("\u00e9\u00e9 $").substitute(), lambda: Template("$a").substitute()]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
