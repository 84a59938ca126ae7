class Playlist:
    def __init__(self, name):
        self.name = name
        self.songs = []

    def add(self, song):
        self.songs.append(song)
        return self

    def __len__(self):
        return len(self.songs)

    def __getitem__(self, i):
        return self.songs[i]

    def __contains__(self, song):
        return song in self.songs

    def __iter__(self):
        return iter(self.songs)

    def __str__(self):
        return f"{self.name} ({len(self)} songs)"

p = Playlist("Favorites")
p.add("Song A").add("Song B").add("노래 C")
print(p, len(p), p[0], p[-1])
print("Song B" in p, "X" in p)
for s in p:
    print("-", s)
print(list(p), sorted(p))
