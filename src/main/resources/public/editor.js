// Autosave for the post editor: every few seconds a changed draft is posted, with its CSRF token,
// to the form's data-autosave address, which stores it as a draft through the one write path.
// Without this script the editor works the same: its buttons save. Served from our own host (CSP).
(function () {
  'use strict';
  var form = document.querySelector('form.editor[data-autosave]');
  if (!form) {
    return;
  }
  var EVERY = 5000;
  var status = form.querySelector('.autosave-status');
  var last = snapshot();
  var pending = null;
  var stopped = false;

  function snapshot() {
    return new URLSearchParams(new FormData(form)).toString();
  }

  function say(text) {
    if (status) {
      status.textContent = text;
    }
  }

  // A new post's first autosave created it: later saves, and the buttons, go to its own address.
  function adopt(editor) {
    if (editor && form.getAttribute('action') !== editor) {
      form.setAttribute('action', editor);
      form.dataset.autosave = editor + 'autosave/';
      history.replaceState(null, '', editor);
    }
  }

  function answered(response, sent) {
    return response.json().catch(function () { return null; }).then(function (answer) {
      if (response.ok && answer) {
        last = sent;
        adopt(answer.editor);
        say(answer.message);
      } else if (answer && answer.message) {
        say(answer.message);
        stopped = response.status === 409;
      } else {
        // The session ended (or the token is stale): the text stays here; Save keeps it through a new login.
        say(form.dataset.expired);
        stopped = true;
      }
    });
  }

  function save() {
    var now = snapshot();
    if (pending || stopped || now === last) {
      return;
    }
    pending = fetch(form.dataset.autosave, {
      method: 'POST',
      body: new URLSearchParams(new FormData(form)),
      credentials: 'same-origin',
      headers: { 'Accept': 'application/json' }
    }).then(function (response) {
      return answered(response, now);
    }).catch(function () {
      say(form.dataset.offline);
    }).finally(function () {
      pending = null;
    });
  }

  // A button pressed while an autosave is on its way waits for it, so a new post is not created twice.
  form.addEventListener('submit', function (event) {
    var submitter = event.submitter;
    if (submitter && submitter.name === 'preview') {
      return;
    }
    if (pending) {
      event.preventDefault();
      pending.then(function () {
        stopped = true;
        form.requestSubmit(submitter);
      });
      return;
    }
    stopped = true;
  });
  setInterval(save, EVERY);
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') {
      save();
    }
  });
}());
