"""``chancery serve``: the web app and JSON API over a database file."""

from __future__ import annotations

import click

from .common import _common, _or_exit, _settings, main


@main.command()
@click.option("--db", default="chancery.db", show_default=True, type=click.Path(dir_okay=False),
              help="Database file (created if missing; ingest from the web page).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind. Ingest is open only on loopback; elsewhere it needs --token.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--token", envvar="CHANCERY_TOKEN", help="Token that ingest requires when not bound to loopback "
              "(or set CHANCERY_TOKEN).")
@click.option("--allow-host", "allow_hosts", multiple=True, metavar="NAME",
              help="Also answer requests for this host name (repeatable); loopback names and the bound "
              "address are always allowed, any other Host header gets 400.")
@_common
def serve(db: str, host: str, port: int, token: str | None, allow_hosts: tuple[str, ...], config: str | None) -> None:
    """Serve the web app and the JSON API (/api/v1, docs at /api/v1/docs)."""
    with _or_exit():
        import uvicorn

        from ..web.app import create_app, is_loopback

        app = create_app(db, token=token, bind_host=host, allow_hosts=allow_hosts, settings=_settings(config))
    if not is_loopback(host) and not token:
        click.echo("warning: not bound to loopback and no --token: ingest is disabled", err=True)
    click.echo(f"chancery: serving {db} on http://{host}:{port}/ (API docs: /api/v1/docs)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
