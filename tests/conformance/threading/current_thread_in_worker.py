import threading

def show():
    me = threading.current_thread()
    print("running in", me.name)
    print("is main:", me is threading.main_thread())
    print("ident matches:", me.ident == threading.get_ident())

t = threading.Thread(target=show, name="helper")
t.start()
t.join()
show()
