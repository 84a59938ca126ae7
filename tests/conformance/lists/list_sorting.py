nums = [5, 2, 9, 1, 5, 6]
print(sorted(nums), nums)
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
nums.reverse()
print(nums)
people = [("Kim", 30), ("Lee", 25), ("Park", 35)]
people.sort(key=lambda p: p[1])
print(people)
print(list(reversed([1, 2, 3])))
