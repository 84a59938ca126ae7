# String building: f-strings, str.join, short += concatenation, split and str methods.
# (Appending to one ever-growing string is str_concat.py.)
def build(n):
    parts = []
    for i in range(n):
        parts.append(f"{i}:{i * 3:>6}|{i % 7:02d}")
    joined = ",".join(parts)
    lines = []
    for i in range(n // 10):
        line = ""
        for j in range(8):
            line += str(i + j)
            line += " "
        lines.append(line.strip())
    words = joined.split(",")
    upper = 0
    for w in words:
        if w.upper().startswith("1"):
            upper += len(w.replace(" ", ""))
    text = "\n".join(lines)
    return len(joined), len(text), upper, joined[-20:], lines[-1]


print(build(300_000))
