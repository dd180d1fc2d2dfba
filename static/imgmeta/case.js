// Case pages: uploads with progress (one request per file), live refresh of the image grid,
// counts, map and timeline while images are analysed, confirmation and print buttons.
// Without this script every form still works by a normal POST.
(function () {
  "use strict";

  // While any image is pending the page refreshes, for as long as that lasts (a re-queued
  // analysis may take longer than any fixed limit): every 3 s at first, then less often, up to
  // once a minute, so that a page left open does not keep asking every few seconds.
  var POLL_MS = 3000;
  var POLL_MAX_MS = 60000;
  // The server's limit is on the whole request body: the multipart boundaries, part headers and
  // CSRF token around the file take a few hundred bytes; 64 KiB leaves room for long names.
  var FORM_OVERHEAD = 64 * 1024;

  function text(tag, content, className) {
    var el = document.createElement(tag);
    if (className) el.className = className;
    el.textContent = content;
    return el;
  }

  function csrfToken(form) {
    var input = form.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  // A row's end: its progress bar stops (a <progress> without value animates forever).
  function settle(row, state, progress) {
    row.querySelector("progress").value = progress;
    row.dataset.state = state;
  }

  function uploadOne(form, file, row) {
    return new Promise(function (resolve) {
      var bar = row.querySelector("progress");
      var status = row.querySelector(".outcome");
      var xhr = new XMLHttpRequest();
      xhr.open("POST", form.action);
      xhr.setRequestHeader("Accept", "application/json");
      xhr.setRequestHeader("X-CSRFToken", csrfToken(form));
      xhr.upload.onprogress = function (event) {
        if (event.lengthComputable) bar.value = event.loaded / event.total;
      };
      xhr.onload = function () {
        var body = null;
        try { body = JSON.parse(xhr.responseText); } catch (e) { body = null; }
        if (xhr.status === 200 && body && body.results) {
          status.textContent = "";
          body.results.forEach(function (result) {
            status.appendChild(text("span", result.message, "result " + result.outcome));
          });
          settle(row, body.results.every(function (r) { return r.outcome === "refused"; }) ? "failed" : "done", 1);
        } else {
          var reason = body && body.error ? body.error : "the server answered " + xhr.status;
          if (xhr.status === 403) reason = "your role in this case does not allow uploads";
          status.textContent = "Not uploaded: " + reason;
          settle(row, "failed", 1);
        }
        resolve();
      };
      xhr.onerror = function () {
        status.textContent = "Not uploaded: the connection failed.";
        settle(row, "failed", 0);
        resolve();
      };
      var data = new FormData();
      data.append("files", file, file.name);
      xhr.send(data);
    });
  }

  function setUpUpload(form) {
    var list = document.getElementById("upload-progress");
    var input = form.querySelector("input[type=file]");
    var limit = parseInt(form.dataset.maxBytes, 10);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var files = Array.prototype.slice.call(input.files);
      if (!files.length) return;
      list.textContent = "";
      var rows = files.map(function (file) {
        var row = document.createElement("li");
        row.appendChild(text("span", file.name, "filename"));
        row.appendChild(document.createElement("progress"));
        row.appendChild(text("span", "waiting", "outcome"));
        list.appendChild(row);
        return row;
      });
      var button = form.querySelector("button[type=submit]");
      button.disabled = true;
      var chain = Promise.resolve();
      files.forEach(function (file, i) {
        chain = chain.then(function () {
          if (file.size > limit - FORM_OVERHEAD) {
            rows[i].querySelector(".outcome").textContent = "Not uploaded: too large. An upload request may be at most " +
              (limit / 1048576).toFixed(1) + " MB, form data included, so a file must stay a little under that.";
            settle(rows[i], "failed", 0);
            return null;
          }
          rows[i].querySelector(".outcome").textContent = "uploading…";
          return uploadOne(form, file, rows[i]);
        });
      });
      chain.then(function () {
        button.disabled = false;
        form.reset();
        refresh(0);
      });
    });
  }

  // Replace every [data-live] section with its fresh copy from the server.
  function refresh(round) {
    return fetch(window.location.href, { headers: { Accept: "text/html" }, credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (!html) return;
        var fresh = new DOMParser().parseFromString(html, "text/html");
        document.querySelectorAll("[data-live]").forEach(function (old) {
          var replacement = fresh.getElementById(old.id);
          if (replacement) old.replaceWith(document.importNode(replacement, true));
        });
        if (window.imgmetaMaps) window.imgmetaMaps.draw(document);
        pollIfPending(round + 1);
      })
      .catch(function () { /* the page still shows what it had; a reload refreshes it */ });
  }

  function pollIfPending(round) {
    if (document.querySelector("[data-live] [data-status=pending]")) {
      // 3 s for the first 100 rounds (five minutes), then 10% longer each round.
      var delay = Math.min(POLL_MAX_MS, POLL_MS * Math.pow(1.1, Math.max(0, round - 100)));
      window.setTimeout(function () { refresh(round); }, delay);
    }
  }

  document.querySelectorAll("form[data-upload]").forEach(setUpUpload);
  document.querySelectorAll("form[data-confirm]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (!window.confirm(form.dataset.confirm)) event.preventDefault();
    });
  });
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.addEventListener("click", function () { window.print(); });
  });
  pollIfPending(0);
})();
