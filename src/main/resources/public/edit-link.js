// Shows a public post page's "Edit" link in a browser logged in to the admin. Pages are the same
// for everyone (and cached), so the link is always there, hidden; the marker cookie holds no
// secret, and the admin asks for a login anyway.
(function () {
  'use strict';
  if (!/(?:^|;\s*)tidings_editor=1(?:;|$)/.test(document.cookie)) {
    return;
  }
  document.querySelectorAll('.edit-post[hidden]').forEach(function (element) {
    element.hidden = false;
  });
}());
