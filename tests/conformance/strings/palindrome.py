def is_palindrome(text):
    cleaned = "".join(ch.lower() for ch in text if ch.isalnum()) if False else ""
    cleaned = ""
    for ch in text:
        if ch.isalnum():
            cleaned += ch.lower()
    return cleaned == cleaned[::-1]

for t in ["racecar", "A man, a plan, a canal: Panama", "hello", "기러기", "토마토", ""]:
    print(repr(t), is_palindrome(t))
