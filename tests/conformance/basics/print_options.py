print("one", "two", sep=", ", end="!\n")
print(*[1, 2, 3])
print(*"abc", sep="|")
print("tab\tseparated")
print('single "quotes"', "double 'quotes'")
print("multi\nline")
print("""triple
quoted""")
