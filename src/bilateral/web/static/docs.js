/* A minimal, offline API explorer over /openapi.json (Swagger UI would load from a CDN). */
"use strict";

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => {
    if (k === "class") node.className = v; else node.setAttribute(k, v);
  });
  children.forEach((c) => node.append(c instanceof Node ? c : document.createTextNode(String(c))));
  return node;
}

function operation(path, method, op) {
  const params = op.parameters || [];
  const out = el("pre", { class: "response" });
  const form = el("form", { class: "try" });
  params.forEach((p) => {
    const schema = p.schema || {};
    const hint = [schema.type || (schema.anyOf ? "optional" : ""), p.required ? "required" : "",
      schema.maximum !== undefined ? "≤ " + schema.maximum : ""].filter(Boolean).join(", ");
    form.append(el("label", {}, p.name + " (" + p.in + (hint ? "; " + hint : "") + ") ",
      el("input", { name: p.name, "data-in": p.in, placeholder: schema.default !== undefined ? String(schema.default) : "" })),
    p.description ? el("span", { class: "small" }, " " + p.description) : "");
    form.append(el("br"));
  });
  if (method === "get") form.append(el("button", { type: "submit" }, "Send"));
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    let url = path;
    const query = new URLSearchParams();
    form.querySelectorAll("input").forEach((i) => {
      if (!i.value) return;
      if (i.dataset.in === "path") url = url.replace("{" + i.name + "}", encodeURIComponent(i.value));
      else query.append(i.name, i.value);
    });
    const full = url + (query.toString() ? "?" + query : "");
    out.textContent = "GET " + full + " …";
    try {
      const res = await fetch(full, { headers: { Accept: "application/json" } });
      const body = await res.text();
      let shown = body;
      try { shown = JSON.stringify(JSON.parse(body), null, 2); } catch (e) { /* not JSON */ }
      out.textContent = "GET " + full + " → " + res.status + "\n" + shown.slice(0, 20000);
    } catch (e) {
      out.textContent = "GET " + full + " failed: " + e;
    }
  });
  return el("details", { class: "op" },
    el("summary", {}, el("code", { class: "method" }, method.toUpperCase()), " ", el("code", {}, path), " — ", op.summary || ""),
    op.description ? el("p", {}, op.description) : "", form, out);
}

document.addEventListener("DOMContentLoaded", async () => {
  const root = document.getElementById("api-docs");
  if (!root) return;
  try {
    const spec = await (await fetch("/openapi.json")).json();
    root.replaceChildren(el("p", {}, spec.info.title + " " + spec.info.version));
    Object.entries(spec.paths).forEach(([path, ops]) => {
      Object.entries(ops).forEach(([method, op]) => root.append(operation(path, method, op)));
    });
  } catch (e) {
    root.textContent = "Could not load /openapi.json: " + e;
  }
});
