if 이름 == "철수"
    print("안녕")
