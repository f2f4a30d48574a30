"""Texts shared by the ingest tests: an article body, an HTML page full of scripts, a PNG header."""

BODY = (
    "Vietnam and Australia elevated their relationship to a comprehensive strategic partnership "
    "in March 2024, officials said on Monday in Hanoi during the visit of the prime minister.\n"
    "The two sides signed eight agreements covering trade, education, climate and defence "
    "cooperation, according to a joint statement issued after the talks.\n"
    "Two-way trade reached about US$24 billion last year, making Australia one of Vietnam's "
    "largest trading partners in the region, the ministry of industry and trade said."
)

HTML_PAGE = f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Vietnam and Australia upgrade ties | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2025-12-30T08:00:00+07:00">
<link rel="canonical" href="https://news.example.com/2019/01/01/vietnam-australia">
<script>alert(1)</script>
<style>body {{ color: red }}</style>
</head>
<body onload="stealCookies()">
<nav><a href="javascript:alert('nav')">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Vietnam and Australia upgrade ties</h1>
{"".join(f'<p onclick="track()">{p}</p>' for p in BODY.split(chr(10)))}
<script>document.write('injected-script-text')</script>
<noscript>enable-javascript-please</noscript>
</article>
<footer>Copyright Example News</footer>
</body></html>
"""

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00\x00\x00\x01" * 2 + b"\x08\x02\x00\x00\x00"
