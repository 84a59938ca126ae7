import textwrap

text = ("The quick brown fox jumps over the lazy dog. Asyncio tutorials often print long "
        "explanations that need wrapping at a fixed width so that they look tidy in a terminal.")
for width in (20, 35, 50):
    print(textwrap.fill(text, width=width))
    print("-" * width)
print(textwrap.wrap(text, 30))
print(textwrap.wrap("short"))
print(textwrap.wrap(""))
print(textwrap.fill(text, 40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, width=40))
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello world!", width=11))
print(textwrap.wrap("a well-known long-winded self-explanatory phrase", 12))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10, break_long_words=False))
print(textwrap.fill(text, 30, max_lines=2))

block = """
    def hello():
        print("hi")

      indented more
    """
print(repr(textwrap.dedent(block)))
print(textwrap.dedent("  a\n    b\n  c"))
print(repr(textwrap.dedent("\tx\n\ty")))
print(textwrap.indent("line one\nline two\n\nline four", "> "))
print(textwrap.indent("a\n\nb", "+ ", lambda line: True))
w = textwrap.TextWrapper(width=25, break_on_hyphens=False)
print(w.wrap("pre-processing the multi-stage pipeline outputs"))
print(textwrap.fill("tabs\there\tand there", 30))
try:
    textwrap.wrap("x", width=0)
except ValueError as e:
    print("ValueError:", e)
