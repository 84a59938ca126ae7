# Programs that print a menu and compute totals
prices = {"커피": 4500, "케이크": 6000, "쿠키": 2000}
order = ["커피", "쿠키", "쿠키"]
total = 0
for item in order:
    total += prices[item]
    print(f"{item}: {prices[item]}원")
print("합계:", total, "원")
