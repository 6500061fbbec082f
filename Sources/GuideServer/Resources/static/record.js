// Ariane console: records a prompt in the page as a WAV file (16-bit PCM, mono), plays it back, and
// sends it with the speaker's consent.
//
// The samples are taken from the microphone through the Web Audio API rather than with MediaRecorder:
// MediaRecorder gives WebM/Opus, which sox on the server cannot read, and a WAV written here needs
// nothing more installed there (ffmpeg would be 80 MB of packages for one conversion).
(function () {
  "use strict";
  var box = document.getElementById("recorder");
  if (!box) { return; }
  var start = document.getElementById("record-start");
  var stop = document.getElementById("record-stop");
  var send = document.getElementById("record-send");
  var consent = document.getElementById("record-consent");
  var status = document.getElementById("record-status");
  var playback = document.getElementById("record-playback");
  var tokenMeta = document.querySelector('meta[name="csrf-token"]');
  var longest = Number(box.dataset.longest) * 1000;
  var stream = null, context = null, processor = null, source = null, timer = null;
  var chunks = [], rate = 48000, wav = null;

  function say(text) { status.textContent = text; }
  function ready() { send.disabled = !(wav && consent.checked); }

  function wavFile(samples, sampleRate) {
    var length = samples.reduce(function (total, chunk) { return total + chunk.length; }, 0);
    var buffer = new ArrayBuffer(44 + length * 2);
    var view = new DataView(buffer);
    function text(at, value) { for (var i = 0; i < value.length; i++) { view.setUint8(at + i, value.charCodeAt(i)); } }
    text(0, "RIFF"); view.setUint32(4, 36 + length * 2, true); text(8, "WAVE");
    text(12, "fmt "); view.setUint32(16, 16, true); view.setUint16(20, 1, true); view.setUint16(22, 1, true);
    view.setUint32(24, sampleRate, true); view.setUint32(28, sampleRate * 2, true); view.setUint16(32, 2, true); view.setUint16(34, 16, true);
    text(36, "data"); view.setUint32(40, length * 2, true);
    var at = 44;
    samples.forEach(function (chunk) {
      for (var i = 0; i < chunk.length; i++, at += 2) {
        var s = Math.max(-1, Math.min(1, chunk[i]));
        view.setInt16(at, s < 0 ? s * 0x8000 : s * 0x7fff, true);
      }
    });
    return new Blob([buffer], { type: "audio/wav" });
  }

  function finish() {
    if (!context) { return; }
    clearTimeout(timer);
    source.disconnect(); processor.disconnect();
    stream.getTracks().forEach(function (track) { track.stop(); });
    context.close();
    context = null;
    wav = wavFile(chunks, rate);
    playback.src = URL.createObjectURL(wav);
    playback.hidden = false;
    start.disabled = false; stop.disabled = true;
    start.textContent = "Recommencer l'enregistrement";
    say("Enregistré. Écoutez-le avant de l'envoyer.");
    ready();
  }

  start.addEventListener("click", function () {
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      say("Ce navigateur ne peut pas enregistrer ici : il faut une adresse en https.");
      return;
    }
    navigator.mediaDevices.getUserMedia({ audio: { echoCancellation: true, noiseSuppression: true } }).then(function (microphone) {
      stream = microphone;
      context = new AudioContext();
      rate = context.sampleRate;
      source = context.createMediaStreamSource(stream);
      // ScriptProcessor, not an AudioWorklet: one file and no module to load, for a page used a few
      // minutes at a time; Chromium and Firefox both still run it.
      processor = context.createScriptProcessor(4096, 1, 1);
      chunks = [];
      wav = null;
      processor.onaudioprocess = function (event) { chunks.push(new Float32Array(event.inputBuffer.getChannelData(0))); };
      source.connect(processor);
      processor.connect(context.destination);
      start.disabled = true; stop.disabled = false; ready();
      say("Enregistrement en cours… Lisez le message, puis touchez « Arrêter ».");
      timer = setTimeout(finish, longest);
    }).catch(function (error) {
      say("Le micro n'est pas disponible : " + error.message);
    });
  });

  stop.addEventListener("click", finish);
  consent.addEventListener("change", ready);

  send.addEventListener("click", function () {
    if (!wav || !consent.checked) { return; }
    send.disabled = true;
    say("Envoi…");
    fetch(box.dataset.submit + "&consent=" + encodeURIComponent(box.dataset.consentVersion), {
      method: "POST", credentials: "same-origin", body: wav,
      headers: { "Content-Type": "audio/wav", "Accept": "application/json", "X-CSRF-Token": tokenMeta ? tokenMeta.content : "" }
    }).then(function (response) {
      if (response.status === 201) {
        window.location.href = response.headers.get("Location") || box.dataset.back;
        return;
      }
      return response.json().then(function (body) {
        say((body && body.error && body.error.message) || "L'envoi a échoué.");
      }, function () { say("L'envoi a échoué (" + response.status + ")."); }).then(ready);
    }, function () {
      say("L'envoi a échoué : la console ne répond pas.");
      ready();
    });
  });
}());
