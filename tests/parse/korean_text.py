# 한국어 주석과 문자열
import asyncio

인사 = "안녕하세요"
이름들 = ["철수", "영희", "민수"]


async def 인사하기(이름: str, 지연: float = 0.1) -> str:
    await asyncio.sleep(지연)
    메시지 = f"{인사}, {이름}님!"
    print(메시지)
    return 메시지


async def 메인():
    결과 = await asyncio.gather(*(인사하기(n) for n in 이름들))
    print("완료:", len(결과), "개의 인사")
    print('작은따옴표 \'와 "큰따옴표"', "탭\t문자", "이모지 😀 ✓ →")
    print(f"{'가나다':>10}|{len(인사):03d}")

asyncio.run(메인())
