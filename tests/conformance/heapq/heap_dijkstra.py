import heapq

graph = {
    "A": [("B", 7), ("C", 9), ("F", 14)],
    "B": [("A", 7), ("C", 10), ("D", 15)],
    "C": [("A", 9), ("B", 10), ("D", 11), ("F", 2)],
    "D": [("B", 15), ("C", 11), ("E", 6)],
    "E": [("D", 6), ("F", 9)],
    "F": [("A", 14), ("C", 2), ("E", 9)],
}


def dijkstra(source):
    dist = {source: 0}
    prev = {}
    pq = [(0, source)]
    order = []
    while pq:
        d, node = heapq.heappop(pq)
        if d > dist.get(node, float("inf")):
            continue
        order.append(node)
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = node
                heapq.heappush(pq, (nd, nxt))
    return dist, prev, order


dist, prev, order = dijkstra("A")
print(sorted(dist.items()), order)
path, node = [], "E"
while node != "A":
    path.append(node)
    node = prev[node]
print(["A"] + path[::-1])

# k-way merge of sorted lists by hand
lists = [[1, 4, 9], [2, 3, 10], [0, 5]]
heap = [(lst[0], i, 0) for i, lst in enumerate(lists)]
heapq.heapify(heap)
out = []
while heap:
    v, i, j = heapq.heappop(heap)
    out.append(v)
    if j + 1 < len(lists[i]):
        heapq.heappush(heap, (lists[i][j + 1], i, j + 1))
print(out)

# running median with two heaps
low, high = [], []
medians = []
for x in [5, 15, 1, 3, 8, 7, 9, 10]:
    if not low or x <= -low[0]:
        heapq.heappush(low, -x)
    else:
        heapq.heappush(high, x)
    if len(low) > len(high) + 1:
        heapq.heappush(high, -heapq.heappop(low))
    elif len(high) > len(low):
        heapq.heappush(low, -heapq.heappop(high))
    medians.append(-low[0] if len(low) > len(high) else (-low[0] + high[0]) / 2)
print(medians)
