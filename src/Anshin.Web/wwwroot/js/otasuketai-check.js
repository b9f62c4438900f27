// Live check of an お助け隊 application: while the provider fills the form, it is posted to the page's LiveCheck handler
// (the same rules a save and a submission use; nothing is stored) and the panel beside the form shows each requirement
// with pass / fail / needs review and the reason. Without JavaScript the Save button checks with a full page.
(function () {
  "use strict";
  var form = document.querySelector("form[data-live-check]");
  var output = document.getElementById("live-check");
  if (!form || !output || !window.fetch) { return; }
  var timer = null;
  var pending = null;
  function check() {
    if (pending) { pending.abort(); }
    pending = new AbortController();
    output.setAttribute("aria-busy", "true");
    fetch(form.getAttribute("data-live-check"), { method: "POST", body: new FormData(form), signal: pending.signal, credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
      .then(function (html) {
        output.innerHTML = html; // rendered by the server from its own texts
        output.setAttribute("aria-busy", "false");
      })
      .catch(function () { output.setAttribute("aria-busy", "false"); });
  }
  function later() {
    clearTimeout(timer);
    timer = setTimeout(check, 350);
  }
  form.addEventListener("input", later);
  form.addEventListener("change", later);
})();
