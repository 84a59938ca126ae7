scores = [88, 92, 79, 65, 95]
avg = sum(scores) / len(scores)
print("평균:", avg)
print("최고:", max(scores), "최저:", min(scores))
print("평균 (소수 둘째 자리):", round(avg, 2))
print(f"{avg:.1f}")
above = [s for s in scores if s > avg]
print("평균 이상:", above)
