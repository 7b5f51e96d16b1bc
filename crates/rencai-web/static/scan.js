// The service point's scanner: reads a talent card's QR code from the camera or from a
// photo and submits its text, with jsQR (vendored) decoding in the browser. Without
// script the form still works with pasted text.
(function () {
  "use strict";
  var form = document.querySelector("form[data-scan]");
  if (!form || typeof jsQR !== "function") return;
  var field = form.querySelector("textarea[name=token]");
  var start = form.querySelector("[data-scan-start]");
  var photo = form.querySelector("[data-scan-photo]");
  var video = form.querySelector("video");
  var note = form.querySelector("[data-scan-note]");
  var unreadable = form.querySelector("[data-scan-unreadable]");
  // A photo that holds no readable code gets its own note, not the camera's.
  function cannotRead() {
    note.hidden = true;
    unreadable.hidden = false;
  }
  var canvas = document.createElement("canvas");
  var stream = null;
  form.querySelectorAll("[data-scan-only]").forEach(function (el) { el.hidden = false; });

  function decode(source, width, height) {
    canvas.width = width;
    canvas.height = height;
    var ctx = canvas.getContext("2d");
    ctx.drawImage(source, 0, 0, width, height);
    var img = ctx.getImageData(0, 0, width, height);
    var code = jsQR(img.data, img.width, img.height);
    return code && code.data.indexOf("RC1:") === 0 ? code.data : null;
  }

  function found(text) {
    field.value = text;
    stop();
    form.submit();
  }

  function stop() {
    if (stream) stream.getTracks().forEach(function (t) { t.stop(); });
    stream = null;
    video.hidden = true;
    start.textContent = start.dataset.start;
  }

  function tick() {
    if (!stream) return;
    if (video.readyState === video.HAVE_ENOUGH_DATA) {
      var text = decode(video, video.videoWidth, video.videoHeight);
      if (text) return found(text);
    }
    requestAnimationFrame(tick);
  }

  start.addEventListener("click", function () {
    if (stream) return stop();
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      unreadable.hidden = true;
      note.hidden = false;
      return;
    }
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: "environment" } })
      .then(function (s) {
        stream = s;
        video.srcObject = s;
        video.hidden = false;
        start.textContent = start.dataset.stop;
        return video.play().then(tick);
      })
      .catch(function () { note.hidden = false; });
  });

  // Read as a data: URL: the site's Content-Security-Policy allows images from data:
  // but not from blob: (an object URL would be blocked and never load).
  photo.addEventListener("change", function () {
    var file = photo.files && photo.files[0];
    if (!file) return;
    var reader = new FileReader();
    reader.onload = function () {
      var img = new Image();
      img.onload = function () {
        var text = decode(img, img.naturalWidth, img.naturalHeight);
        if (text) found(text);
        else cannotRead();
      };
      img.onerror = cannotRead;
      img.src = reader.result;
    };
    reader.onerror = cannotRead;
    reader.readAsDataURL(file);
  });
})();
