// Case pages: resumable uploads with progress, live refresh of the image grid,
// counts, map and timeline while images are analysed, confirmation and print buttons.
// Without this script every form still works by a normal POST.
(function () {
  "use strict";

  // While any image is pending the page refreshes, for as long as that lasts (a re-queued
  // analysis may take longer than any fixed limit): every 3 s at first, then less often, up to
  // once a minute, so that a page left open does not keep asking every few seconds.
  var POLL_MS = 3000;
  var POLL_MAX_MS = 60000;
  // Files go through the server's resumable uploads (tus 1.0.0, cases/resumable.py) in pieces of
  // CHUNK bytes: a dropped connection loses at most the piece being sent, and the upload goes
  // on from the server's offset after a pause (RETRY_MS), or after a reload when the same file
  // is chosen again (its upload address is kept in localStorage until it is taken in).
  var CHUNK = 8 * 1024 * 1024;
  var RETRY_MS = [1000, 3000, 5000, 10000, 20000, 30000];
  var TUS = "1.0.0";

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

  // One request; resolves with the XMLHttpRequest whatever its status (status 0: no answer).
  function request(form, method, url, headers, body, onProgress) {
    return new Promise(function (resolve) {
      var xhr = new XMLHttpRequest();
      xhr.open(method, url);
      xhr.setRequestHeader("Tus-Resumable", TUS);
      xhr.setRequestHeader("X-CSRFToken", csrfToken(form));
      Object.keys(headers).forEach(function (name) { xhr.setRequestHeader(name, headers[name]); });
      if (onProgress) xhr.upload.onprogress = onProgress;
      xhr.onload = xhr.onerror = xhr.ontimeout = function () { resolve(xhr); };
      xhr.send(body);
    });
  }

  function errorOf(xhr) {
    try { return JSON.parse(xhr.responseText).error; } catch (e) { return "the server answered " + xhr.status; }
  }

  // Base64 of the UTF-8 bytes of a name, as tus metadata carries it.
  function base64(value) {
    var bytes = new TextEncoder().encode(value), binary = "";
    bytes.forEach(function (b) { binary += String.fromCharCode(b); });
    return window.btoa(binary);
  }

  function showResults(row, upload) {
    var status = row.querySelector(".outcome");
    status.textContent = "";
    if (upload.phase === "failed") {
      status.textContent = "Not taken in: " + upload.error;
      settle(row, "failed", 1);
      return;
    }
    var counts = [upload.stored + " stored"];
    if (upload.duplicate) counts.push(upload.duplicate + " already in the case");
    if (upload.skipped) counts.push(upload.skipped + " skipped");
    if (upload.refused) counts.push("refused");
    status.appendChild(text("span", upload.name + ": " + counts.join(", "), "result " + (upload.stored ? "stored" : "skipped")));
    upload.messages.forEach(function (message) { status.appendChild(text("span", message, "result skipped")); });
    settle(row, upload.refused && !upload.stored ? "failed" : "done", 1);
  }

  function uploadOne(form, file, row) {
    var bar = row.querySelector("progress");
    var status = row.querySelector(".outcome");
    var key = "imgmeta-upload:" + form.dataset.resumable + ":" + [file.name, file.size, file.lastModified].join(":");
    var retries = 0;

    function fail(reason) {
      status.textContent = "Not uploaded: " + reason;
      settle(row, "failed", bar.value || 0);
    }

    // A pause, then on from the server's offset, until every retry is spent.
    function retry(why) {
      if (retries >= RETRY_MS.length) { fail(why + "; choose the file again to continue"); return Promise.resolve(); }
      status.textContent = why + "; trying again…";
      var delay = RETRY_MS[retries++];
      return new Promise(function (resolve) { window.setTimeout(resolve, delay); }).then(resume);
    }

    function create() {
      var metadata = "filename " + base64(file.name);
      return request(form, "POST", form.dataset.resumable, { "Upload-Length": String(file.size), "Upload-Metadata": metadata })
        .then(function (xhr) {
          if (xhr.status === 201) {
            window.localStorage.setItem(key, xhr.getResponseHeader("Location"));
            return send(0);
          }
          if (xhr.status === 0 || xhr.status >= 500) return retry("the connection failed");
          fail(xhr.status === 403 ? "your role in this case does not allow uploads" : errorOf(xhr));
        });
    }

    function resume() {
      var url = window.localStorage.getItem(key);
      if (!url) return create();
      return request(form, "HEAD", url, {}, null).then(function (xhr) {
        if (xhr.status === 200) return send(parseInt(xhr.getResponseHeader("Upload-Offset"), 10));
        // Gone (404), or failed for good (410: its bytes were not what was sent): start again.
        if (xhr.status === 404 || xhr.status === 410) { window.localStorage.removeItem(key); return create(); }
        if (xhr.status === 0 || xhr.status >= 500) return retry("the connection failed");
        fail(errorOf(xhr));
      });
    }

    function send(offset) {
      if (offset >= file.size) return finish();
      status.textContent = "uploading…";
      var url = window.localStorage.getItem(key);
      var piece = file.slice(offset, offset + CHUNK);
      return request(form, "PATCH", url, { "Upload-Offset": String(offset), "Content-Type": "application/offset+octet-stream" },
        piece, function (event) { bar.value = (offset + event.loaded) / file.size; })
        .then(function (xhr) {
          if (xhr.status === 204) {
            retries = 0;
            return send(parseInt(xhr.getResponseHeader("Upload-Offset"), 10));
          }
          if (xhr.status === 0 || xhr.status === 409 || xhr.status >= 500) return retry("the connection was interrupted");
          fail(errorOf(xhr));
        });
    }

    // Received whole: wait until the server has taken it in, then show what it stored.
    function finish() {
      status.textContent = "received; taking it in…";
      var url = window.localStorage.getItem(key);
      return request(form, "GET", url, { Accept: "application/json" }, null).then(function (xhr) {
        var upload = null;
        try { upload = JSON.parse(xhr.responseText); } catch (e) { upload = null; }
        if (xhr.status === 200 && upload && (upload.phase === "done" || upload.phase === "failed")) {
          window.localStorage.removeItem(key);
          showResults(row, upload);
          return null;
        }
        if (xhr.status === 200 || xhr.status === 0 || xhr.status >= 500) {
          return new Promise(function (resolve) { window.setTimeout(resolve, 2000); }).then(finish);
        }
        fail(errorOf(xhr));
      });
    }

    if (file.size === 0) {
      fail("the file is empty: nothing to store.");
      return Promise.resolve();
    }
    if (file.size > parseInt(form.dataset.maxBytes, 10)) {
      fail("too large: a file may be at most " + (form.dataset.maxBytes / 1073741824).toFixed(1) + " GB.");
      return Promise.resolve();
    }
    return resume();
  }

  function setUpUpload(form) {
    var list = document.getElementById("upload-progress");
    var input = form.querySelector("input[type=file]");
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
        chain = chain.then(function () { return uploadOne(form, file, rows[i]); });
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
    if (document.querySelector("[data-live] [data-status=pending], [data-live][data-active]")) {
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
