"""aiohttp, simulated: the client API tutorials use, answering from a deterministic simulation.

No network is ever touched. A request takes a simulated latency (a pure function of the URL, so
every run gives the same timeline) and answers with a simulated response:
- by default status 200 and a JSON body {"url": ..., "method": ..., "simulated": true};
- httpbin-style paths: /status/CODE answers with that status, /delay/SECONDS waits that long
  (on the playground's clock), /json answers a small JSON document;
- `aiohttp.simulate(url, status=200, body=None, latency=None, headers=None)` fixes the answer
  for one URL (body: str, or any JSON-serialisable value).
"""

import asyncio
import json as _json

__all__ = ["ClientSession", "ClientResponse", "ClientTimeout", "ClientError", "ClientResponseError",
           "ClientConnectionError", "simulate"]

_simulated = {}


def simulate(url, status=200, body=None, latency=None, headers=None):
    """Fixes the simulated answer for `url` (Loopscope only; real aiohttp has no such function)."""
    _simulated[str(url)] = (status, body, latency, headers)


class ClientError(Exception):
    pass


class ClientConnectionError(ClientError):
    pass


class ClientResponseError(ClientError):
    def __init__(self, request_info=None, history=(), *, status=None, message="", headers=None):
        super().__init__(request_info, history)
        self.request_info = request_info
        self.history = history
        self.status = status
        self.message = message
        self.headers = headers

    def __str__(self):
        return f"{self.status}, message={self.message!r}, url={self.request_info!r}"


class ClientTimeout:
    def __init__(self, total=None, connect=None, sock_read=None, sock_connect=None):
        self.total = total
        self.connect = connect
        self.sock_read = sock_read
        self.sock_connect = sock_connect

    def __repr__(self):
        return (f"ClientTimeout(total={self.total}, connect={self.connect}, "
                f"sock_read={self.sock_read}, sock_connect={self.sock_connect})")


_REASONS = {200: "OK", 201: "Created", 204: "No Content", 301: "Moved Permanently", 302: "Found",
            400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found",
            418: "I'm a teapot", 429: "Too Many Requests", 500: "Internal Server Error",
            502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout"}


def _latency(url):
    # 50-199 ms, a pure function of the URL (FNV-1a of its code points).
    h = 2166136261
    for c in url:
        h = ((h ^ ord(c)) * 16777619) & 0xFFFFFFFF
    return 0.05 + (h % 150) / 1000


def _path(url):
    rest = url.split("://", 1)[-1]
    slash = rest.find("/")
    return rest[slash:] if slash >= 0 else "/"


def _answer(method, url):
    """(status, body text, latency, headers) for a request."""
    if url in _simulated:
        status, body, latency, headers = _simulated[url]
        if body is None:
            body = ""
        elif not isinstance(body, str):
            body = _json.dumps(body)
        return status, body, _latency(url) if latency is None else latency, dict(headers or {})
    path = _path(url).split("?", 1)[0]
    parts = [p for p in path.split("/") if p]
    status, latency = 200, _latency(url)
    if len(parts) == 2 and parts[0] == "status" and parts[1].isdigit():
        status = int(parts[1])
    if len(parts) == 2 and parts[0] == "delay":
        latency = float(parts[1])
    if parts == ["json"]:
        doc = {"slideshow": {"title": "Sample Slide Show", "author": "Loopscope", "slides": 2}}
    else:
        doc = {"url": url, "method": method, "simulated": True}
    return status, _json.dumps(doc), latency, {"Content-Type": "application/json"}


class ClientResponse:
    def __init__(self, method, url, status, body, headers):
        self.method = method
        self.url = url
        self.status = status
        self.reason = _REASONS.get(status, "")
        self.headers = headers
        self._body = body
        self.closed = False

    def __repr__(self):
        return f"<ClientResponse({self.url}) [{self.status} {self.reason}]>"

    async def read(self):
        return self._body.encode()

    async def text(self, encoding="utf-8"):
        return self._body

    async def json(self, *, loads=_json.loads, content_type="application/json"):
        return loads(self._body)

    @property
    def ok(self):
        return self.status < 400

    def raise_for_status(self):
        if self.status >= 400:
            raise ClientResponseError(self.url, status=self.status, message=self.reason, headers=self.headers)

    def release(self):
        self.closed = True

    def close(self):
        self.closed = True

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self.release()
        return None


class _RequestContextManager:
    """What session.get() returns: awaitable, and an async context manager."""

    def __init__(self, coro):
        self._coro = coro
        self._response = None

    def __await__(self):
        return self._coro.__await__()

    async def __aenter__(self):
        self._response = await self._coro
        return self._response

    async def __aexit__(self, exc_type, exc, tb):
        self._response.release()
        return None


class ClientSession:
    def __init__(self, base_url=None, *, timeout=None, headers=None, raise_for_status=False, **kwargs):
        self._base_url = base_url
        self.timeout = timeout if timeout is not None else ClientTimeout(total=300)
        self.headers = dict(headers or {})
        self._raise_for_status = raise_for_status
        self.closed = False

    def __repr__(self):
        return "<aiohttp.client.ClientSession object>"

    async def _request(self, method, url, timeout=None, raise_for_status=None):
        if self.closed:
            raise RuntimeError("Session is closed")
        url = str(url)
        if self._base_url is not None and not url.startswith(("http://", "https://")):
            url = str(self._base_url).rstrip("/") + "/" + url.lstrip("/")
        status, body, latency, headers = _answer(method, url)
        limit = (timeout or self.timeout).total
        if limit is not None and latency > limit:
            await asyncio.sleep(limit)
            raise asyncio.TimeoutError()
        await asyncio.sleep(latency)
        response = ClientResponse(method, url, status, body, headers)
        if raise_for_status if raise_for_status is not None else self._raise_for_status:
            response.raise_for_status()
        return response

    def request(self, method, url, **kwargs):
        return _RequestContextManager(self._request(method.upper(), url, kwargs.get("timeout"),
                                                    kwargs.get("raise_for_status")))

    def get(self, url, **kwargs):
        return self.request("GET", url, **kwargs)

    def post(self, url, **kwargs):
        return self.request("POST", url, **kwargs)

    def put(self, url, **kwargs):
        return self.request("PUT", url, **kwargs)

    def patch(self, url, **kwargs):
        return self.request("PATCH", url, **kwargs)

    def delete(self, url, **kwargs):
        return self.request("DELETE", url, **kwargs)

    def head(self, url, **kwargs):
        return self.request("HEAD", url, **kwargs)

    async def close(self):
        self.closed = True

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await self.close()
        return None
