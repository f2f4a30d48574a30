// chancery web app: sortable and filterable tables, ingest progress.  No inline scripts (CSP),
// and text from the server is only ever set through textContent, never as HTML.
"use strict";

function sortTable(table, col, type, th) {
  const tbody = table.tBodies[0];
  const rows = Array.from(tbody.rows);
  const current = th.getAttribute("aria-sort");
  const dir = current === "ascending" ? -1 : 1;
  const value = (row) => {
    const cell = row.cells[col];
    const v = cell.dataset.value !== undefined ? cell.dataset.value : cell.textContent.trim();
    return type === "num" ? parseFloat(v) || 0 : v.toLowerCase();
  };
  rows.sort((a, b) => (value(a) < value(b) ? -dir : value(a) > value(b) ? dir : 0));
  rows.forEach((r) => tbody.appendChild(r));
  table.querySelectorAll("thead th").forEach((h) => h.hasAttribute("aria-sort") && h.setAttribute("aria-sort", "none"));
  th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
}

function filterTable(id) {
  const table = document.getElementById(id);
  if (!table) return;
  const text = document.querySelector(`[data-filter="${id}"]`);
  const level = document.querySelector(`[data-filter-level="${id}"]`);
  const q = text ? text.value.trim().toLowerCase() : "";
  const lv = level ? level.value : "";
  let shown = 0;
  Array.from(table.tBodies[0].rows).forEach((row) => {
    const ok = (!q || row.textContent.toLowerCase().includes(q)) && (!lv || row.dataset.level === lv);
    row.hidden = !ok;
    if (ok) shown += 1;
  });
  const count = document.querySelector(`[data-count-for="${id}"]`);
  if (count) count.textContent = `${shown} shown`;
}

function setupTables() {
  document.querySelectorAll("table.sortable").forEach((table) => {
    table.querySelectorAll("thead th").forEach((th, col) => {
      const button = th.querySelector("button[data-sort]");
      if (button) button.addEventListener("click", () => sortTable(table, col, button.dataset.sort, th));
    });
  });
  document.querySelectorAll("[data-filter], [data-filter-level]").forEach((el) => {
    const id = el.dataset.filter || el.dataset.filterLevel;
    el.addEventListener("input", () => filterTable(id));
    el.addEventListener("change", () => filterTable(id));
    filterTable(id);
  });
}

function item(list, text, href) {
  const li = document.createElement("li");
  if (href) {
    const a = document.createElement("a");
    a.href = href;
    a.textContent = text;
    li.appendChild(a);
  } else {
    li.textContent = text;
  }
  list.appendChild(li);
}

function showJob(job) {
  const bar = document.getElementById("ingest-progress");
  const total = Math.max(job.files.length, job.processed, 1);
  bar.max = total;
  bar.value = job.state === "done" || job.state === "failed" ? total : job.processed;
  document.getElementById("ingest-state").textContent = `${job.state}: ${job.processed} processed`;
  document.getElementById("ingest-summary").textContent = job.summary || "";
  const docs = document.getElementById("ingest-docs");
  docs.replaceChildren();
  job.documents.forEach((d) => {
    const taken = d.asked_id ? `; stored as ${d.id}: ${d.asked_id} holds another text` : "";
    item(docs, `${d.title || d.id} (${d.status}, ${d.mentions} mentions${taken})`, `/documents/${encodeURIComponent(d.id)}`);
  });
  const errs = document.getElementById("ingest-errors");
  errs.replaceChildren();
  job.errors.forEach((e) => item(errs, `${e.source}: ${e.message}`));
}

function setupIngest() {
  const form = document.getElementById("ingest-form");
  if (!form) return;
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const status = document.getElementById("ingest-status");
    const button = document.getElementById("ingest-submit");
    status.hidden = false;
    button.disabled = true;
    document.getElementById("ingest-state").textContent = "uploading";
    try {
      const response = await fetch(form.dataset.api, { method: "POST", body: new FormData(form) });
      const body = await response.json();
      if (!response.ok) {
        document.getElementById("ingest-state").textContent = `refused: ${body.error ? body.error.message : response.status}`;
        return;
      }
      let job = body;
      showJob(job);
      while (job.state === "queued" || job.state === "running") {
        await new Promise((r) => setTimeout(r, 400));
        job = await (await fetch(body.url)).json();
        showJob(job);
      }
      form.reset();
    } catch (err) {
      document.getElementById("ingest-state").textContent = `failed: ${err}`;
    } finally {
      button.disabled = false;
    }
  });
}

document.addEventListener("DOMContentLoaded", () => {
  setupTables();
  setupIngest();
});
