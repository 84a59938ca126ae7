import sys

def main():
    print("checking")
    if True:
        sys.exit("fatal: something went wrong")

main()
