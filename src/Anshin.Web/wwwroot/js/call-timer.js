// Phone-call timer for the case page: fills the start and end fields and shows the time against the guideline.
// Without JavaScript the two fields are typed by hand.
(function () {
  "use strict";
  var box = document.querySelector(".call-log");
  if (!box) { return; }
  var limit = parseInt(box.getAttribute("data-guideline-minutes"), 10) * 60;
  var startButton = box.querySelector(".call-start");
  var stopButton = box.querySelector(".call-stop");
  var timer = box.querySelector(".call-timer");
  var elapsed = box.querySelector(".call-elapsed");
  var startField = box.querySelector("#call-start");
  var endField = box.querySelector("#call-end");
  var started = null;
  var tick = null;
  function local(d) {
    var pad = function (n) { return (n < 10 ? "0" : "") + n; };
    return d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate()) + "T" + pad(d.getHours()) + ":" + pad(d.getMinutes()) + ":" + pad(d.getSeconds());
  }
  function show() {
    var s = Math.floor((Date.now() - started.getTime()) / 1000);
    elapsed.textContent = Math.floor(s / 60) + ":" + ("0" + (s % 60)).slice(-2);
    timer.classList.toggle("over", s > limit);
  }
  startButton.hidden = false;
  startButton.addEventListener("click", function () {
    started = new Date();
    startField.value = local(started);
    endField.value = "";
    timer.hidden = false;
    stopButton.hidden = false;
    startButton.hidden = true;
    show();
    tick = setInterval(show, 1000);
  });
  stopButton.addEventListener("click", function () {
    clearInterval(tick);
    endField.value = local(new Date());
    stopButton.hidden = true;
    startButton.hidden = false;
  });
})();
