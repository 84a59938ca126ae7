# text adventure state machine
rooms = {
    "hall": {"north": "kitchen", "east": "study"},
    "kitchen": {"south": "hall"},
    "study": {"west": "hall", "up": "attic"},
    "attic": {},
}
moves = ["north", "south", "east", "up", "down"]
here = "hall"
visited = [here]
for move in moves:
    exits = rooms[here]
    if move not in exits:
        print(f"can't go {move} from {here}; exits: {', '.join(sorted(exits)) or 'none'}")
        continue
    here = exits[move]
    visited.append(here)
    print(f"went {move} to {here}")
print(" -> ".join(visited))
print(f"visited {len(set(visited))} of {len(rooms)} rooms")
