def on_done(fut)->
    pass
