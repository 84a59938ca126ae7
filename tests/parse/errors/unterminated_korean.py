print("한국어)
