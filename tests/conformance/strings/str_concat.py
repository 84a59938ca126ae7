first = "Kim"
last = "Minsu"
full = first + " " + last
print(full)
print("=" * 20)
print("ab" * 3, 3 * "-")
s = ""
for i in range(5):
    s += str(i)
print(s)
print("abc" < "abd", "Z" < "a", "apple" == "apple")
print(str(123) + "4", int("12") + 4)
