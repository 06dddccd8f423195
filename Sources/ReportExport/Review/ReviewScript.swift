/// The reviewer page's script, inline in the page and named by its hash in the page's
/// Content-Security-Policy: filters, the redline switch, keyboard navigation, deep links and
/// review marks kept in `localStorage` under the archive's SHA-256 and exported as XML.
///
/// It reads everything from the page itself and touches only what it is asked about, so
/// opening even a large comparison costs one pass over the change rows. Opened with
/// `#selftest`, the page checks itself and writes the results into `#selftest`.
enum ReviewScript {
    static let source = #"""
(function () {
  'use strict';
  var NS = 'urn:report-diff:archive:1';
  var problems = [];
  document.addEventListener('securitypolicyviolation', function (event) {
    problems.push('blocked by ' + event.violatedDirective + ': ' + (event.blockedURI || 'inline'));
  });
  window.addEventListener('error', function (event) { problems.push('error: ' + event.message); });
  document.addEventListener('DOMContentLoaded', start);

  function start() {
    var root = document.documentElement, body = document.body;
    var byId = function (id) { return document.getElementById(id); };
    var archive = root.getAttribute('data-archive') || '';
    var storeKey = 'report-diff:review:' + archive;
    var changes = Array.prototype.slice.call(document.querySelectorAll('.row.chg'));
    var indexOf = Object.create(null);
    changes.forEach(function (row, index) { indexOf[row.getAttribute('data-c')] = index; });
    var current = -1;
    var storageWorks = true;
    var marks = readMarks();
    var filterChanges = byId('f-chg'), filterNumbers = byId('f-num'), filterPart = byId('f-part');
    var sideView = byId('v-side'), redlineView = byId('v-red');
    var comment = byId('rv-comment');
    byId('bar').hidden = false;
    byId('review').hidden = false;
    Object.keys(marks).forEach(showMark);
    countMarks();

    function readMarks() {
      var result = Object.create(null);
      try {
        var stored = JSON.parse(window.localStorage.getItem(storeKey) || '{}');
        Object.keys(stored).forEach(function (id) {
          var mark = stored[id];
          if (mark && (mark.s === 'accepted' || mark.s === 'flagged') && id in indexOf) {
            result[id] = { s: mark.s, c: typeof mark.c === 'string' ? mark.c : '' };
          }
        });
      } catch (error) {
        storageWorks = false;
      }
      return result;
    }

    function writeMarks() {
      try {
        if (Object.keys(marks).length) {
          window.localStorage.setItem(storeKey, JSON.stringify(marks));
        } else {
          window.localStorage.removeItem(storeKey);
        }
      } catch (error) {
        storageWorks = false;
      }
      if (!storageWorks) { note('This browser keeps no marks for this page: export them before closing it.'); }
    }

    function note(text) { byId('rv-note').textContent = text; }

    function showMark(id) {
      var row = changes[indexOf[id]];
      if (!row) { return; }
      var mark = marks[id];
      if (mark) {
        row.setAttribute('data-mark', mark.s);
        if (mark.c) { row.title = 'Comment: ' + mark.c; } else { row.removeAttribute('title'); }
      } else {
        row.removeAttribute('data-mark');
        row.removeAttribute('title');
      }
    }

    function countMarks() {
      var accepted = 0, flagged = 0;
      Object.keys(marks).forEach(function (id) { if (marks[id].s === 'accepted') { accepted += 1; } else { flagged += 1; } });
      byId('rv-count').textContent = accepted + ' accepted, ' + flagged + ' flagged of ' + changes.length + ' changes';
    }

    function refreshPanel() {
      var id = current >= 0 ? changes[current].getAttribute('data-c') : null;
      var mark = id ? marks[id] : null;
      byId('rv-id').textContent = id ? 'Change ' + (current + 1) + ': ' + id : 'No change selected: press n or click a change.';
      byId('rv-accept').setAttribute('aria-pressed', String(!!mark && mark.s === 'accepted'));
      byId('rv-flag').setAttribute('aria-pressed', String(!!mark && mark.s === 'flagged'));
      comment.value = mark ? mark.c : '';
      byId('pos').textContent = id ? 'Change ' + (current + 1) + ' of ' + changes.length : changes.length + ' changes';
    }

    function reveal(element) {
      for (var node = element.parentElement; node; node = node.parentElement) {
        if (node.tagName === 'DETAILS') { node.open = true; }
        if (node.classList.contains('part') && node.hidden) { filterPart.value = ''; applyFilters(); }
      }
      var row = element.closest('.row');
      if (row && !row.classList.contains('h')) {
        if (filterChanges.checked && !row.classList.contains('chg')) { filterChanges.checked = false; applyFilters(); }
        if (filterNumbers.checked && !row.classList.contains('num')) { filterNumbers.checked = false; applyFilters(); }
      }
    }

    function select(index, scroll) {
      if (current >= 0) { changes[current].classList.remove('cur'); }
      current = index;
      var row = changes[index];
      row.classList.add('cur');
      row.tabIndex = -1;
      reveal(row);
      row.focus({ preventScroll: true });
      if (scroll) { settle(row, 'center'); }
      refreshPanel();
    }

    function shown(row) {
      if (filterNumbers.checked && !row.classList.contains('num')) { return false; }
      return filterPart.value === '' || row.closest('.part').getAttribute('data-p') === filterPart.value;
    }

    function step(direction) {
      for (var index = current + direction; index >= 0 && index < changes.length; index += direction) {
        if (shown(changes[index])) { select(index, true); return true; }
      }
      note(direction > 0 ? 'No later change.' : 'No earlier change.');
      return false;
    }

    function applyFilters() {
      body.classList.toggle('f-chg', filterChanges.checked);
      body.classList.toggle('f-num', filterNumbers.checked);
      var parts = document.querySelectorAll('.part');
      for (var index = 0; index < parts.length; index += 1) {
        parts[index].hidden = filterPart.value !== '' && parts[index].getAttribute('data-p') !== filterPart.value;
      }
    }

    function applyView() { body.classList.toggle('redline', redlineView.checked); }

    function mark(state) {
      if (current < 0) { note('Select a change first: press n or click one.'); return; }
      var id = changes[current].getAttribute('data-c');
      var existing = marks[id];
      if (existing && existing.s === state) {
        delete marks[id];
      } else {
        marks[id] = { s: state, c: comment.value.trim() };
      }
      saveMark(id);
    }

    function saveMark(id) {
      writeMarks();
      showMark(id);
      countMarks();
      refreshPanel();
    }

    function commentChanged() {
      if (current < 0) { return; }
      var id = changes[current].getAttribute('data-c');
      var text = comment.value.trim();
      if (!marks[id] && text === '') { return; }
      marks[id] = { s: marks[id] ? marks[id].s : 'flagged', c: text };
      saveMark(id);
    }

    function xmlText(text) {
      return text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\uD800-\uDBFF\uDC00-\uDFFF]/g, '')
        .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '$1')
        .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    }

    function reviewXML() {
      var lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<review xmlns="' + NS + '" version="1" archive="' + archive + '">'];
      changes.forEach(function (row) {
        var id = row.getAttribute('data-c'), entry = marks[id];
        if (!entry) { return; }
        var line = '  <mark change="' + xmlText(id) + '" state="' + entry.s + '"';
        lines.push(entry.c ? line + '><comment>' + xmlText(entry.c) + '</comment></mark>' : line + '/>');
      });
      lines.push('</review>');
      return lines.join('\n') + '\n';
    }

    function exportReview() {
      var xml = reviewXML();
      var link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([xml], { type: 'application/xml' }));
      link.download = 'review-' + archive.slice(0, 12) + '.xml';
      body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
      byId('export-xml').value = xml;
      byId('export').showModal();
    }

    function importReview(text) {
      var documentNode = new DOMParser().parseFromString(text, 'application/xml');
      var top = documentNode.documentElement;
      if (documentNode.getElementsByTagName('parsererror').length || top.localName !== 'review' || top.namespaceURI !== NS) {
        note('Not a report-diff review file.');
        return 0;
      }
      if (top.getAttribute('archive') !== archive) {
        note('That review belongs to another archive (' + (top.getAttribute('archive') || '?').slice(0, 12) + '…); nothing imported.');
        return 0;
      }
      var count = 0, elements = top.getElementsByTagNameNS(NS, 'mark');
      for (var index = 0; index < elements.length; index += 1) {
        var element = elements[index], id = element.getAttribute('change'), state = element.getAttribute('state');
        if (!(id in indexOf) || (state !== 'accepted' && state !== 'flagged')) { continue; }
        var commentElement = element.getElementsByTagNameNS(NS, 'comment')[0];
        marks[id] = { s: state, c: commentElement ? commentElement.textContent : '' };
        showMark(id);
        count += 1;
      }
      writeMarks();
      countMarks();
      refreshPanel();
      note(count + ' marks imported.');
      return count;
    }

    function followHash() {
      var id = decodeURIComponent(location.hash.slice(1));
      var target = id && id !== 'selftest' ? byId(id) : null;
      if (!target) { return; }
      reveal(target);
      var row = target.closest('.row');
      if (row && row.classList.contains('chg')) { select(indexOf[row.getAttribute('data-c')], false); }
      settle(target.offsetParent !== null ? target : row || target, 'start');
    }

    // Blocks off screen are not laid out until they come near it, so the first scroll lands by
    // estimated heights; scrolling again once they are laid out puts the target where it belongs.
    function settle(element, block) {
      var tries = 3;
      var again = function () {
        element.scrollIntoView({ block: block });
        tries -= 1;
        if (tries > 0) { requestAnimationFrame(again); }
      };
      again();
    }

    function onKey(event) {
      if (event.ctrlKey || event.metaKey || event.altKey) { return; }
      var target = event.target;
      if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT' || target.isContentEditable)) {
        if (event.key === 'Escape') { target.blur(); }
        return;
      }
      switch (event.key) {
        case 'n': step(1); break;
        case 'p': step(-1); break;
        case 'a': mark('accepted'); break;
        case 'f': mark('flagged'); break;
        case 'c': if (current >= 0) { comment.focus(); } else { note('Select a change first: press n or click one.'); } break;
        case 'r': (redlineView.checked ? sideView : redlineView).checked = true; applyView(); break;
        case '?': byId('keys').showModal(); break;
        default: return;
      }
      event.preventDefault();
    }

    filterChanges.addEventListener('change', applyFilters);
    filterNumbers.addEventListener('change', applyFilters);
    filterPart.addEventListener('change', applyFilters);
    sideView.addEventListener('change', applyView);
    redlineView.addEventListener('change', applyView);
    byId('b-next').addEventListener('click', function () { step(1); });
    byId('b-prev').addEventListener('click', function () { step(-1); });
    byId('b-keys').addEventListener('click', function () { byId('keys').showModal(); });
    byId('rv-accept').addEventListener('click', function () { mark('accepted'); });
    byId('rv-flag').addEventListener('click', function () { mark('flagged'); });
    byId('rv-clear').addEventListener('click', function () {
      if (current < 0) { return; }
      var id = changes[current].getAttribute('data-c');
      delete marks[id];
      saveMark(id);
    });
    comment.addEventListener('change', commentChanged);
    byId('rv-export').addEventListener('click', exportReview);
    byId('rv-import').addEventListener('change', function (event) {
      var file = event.target.files && event.target.files[0];
      if (!file) { return; }
      var reader = new FileReader();
      reader.onload = function () { importReview(String(reader.result)); };
      reader.readAsText(file);
    });
    document.querySelector('.rows').addEventListener('click', function (event) {
      if (event.target.closest('a, summary')) { return; }
      var row = event.target.closest('.row.chg');
      if (row) { select(indexOf[row.getAttribute('data-c')], false); }
    });
    document.addEventListener('keydown', onKey);
    window.addEventListener('hashchange', followHash);
    refreshPanel();
    if (!storageWorks) { note('This browser keeps no marks for this page: export them before closing it.'); }
    followHash();
    body.getBoundingClientRect();
    root.setAttribute('data-ready-ms', String(Math.round(performance.now())));
    root.setAttribute('data-ready', 'true');
    if (location.hash === '#selftest') { selfTest(); }

    function selfTest() {
      var results = [];
      var check = function (name, passed) { results.push((passed ? 'PASS ' : 'FAIL ') + name); };
      var hiddenByStyle = function (element) { return getComputedStyle(element).display === 'none'; };
      check('one row per alignment row', document.querySelectorAll('.row').length === Number(root.getAttribute('data-rows')));
      var seen = Object.create(null), duplicates = [];
      Array.prototype.forEach.call(document.querySelectorAll('[id]'), function (element) {
        if (seen[element.id]) { duplicates.push(element.id); }
        seen[element.id] = true;
      });
      check('ids are unique' + (duplicates.length ? ' (' + duplicates.slice(0, 3).join(' ') + ')' : ''), duplicates.length === 0);
      check('report text runs nothing', document.scripts.length === 1 && document.images.length === 0 &&
        document.querySelectorAll('iframe, object, embed, [onerror], [onclick], [onload]').length === 0 && !window.reportDiffHostile);

      var unchanged = document.querySelector('.row.s:not(.chg)');
      filterChanges.checked = true; applyFilters();
      check('only changes hides unchanged rows', !unchanged || hiddenByStyle(unchanged));
      filterChanges.checked = false; applyFilters();
      var plainChange = document.querySelector('.row.chg:not(.num):not(.h)');
      filterNumbers.checked = true; applyFilters();
      check('only numeric changes hides other changes', !plainChange || hiddenByStyle(plainChange));
      filterNumbers.checked = false; applyFilters();
      if (filterPart.options.length > 2) {
        filterPart.value = filterPart.options[2].value; applyFilters();
        var otherPart = document.querySelector('.part:not([data-p="' + filterPart.value + '"])');
        check('one part hides the others', hiddenByStyle(otherPart) && !hiddenByStyle(document.querySelector('.part[data-p="' + filterPart.value + '"]')));
        filterPart.value = ''; applyFilters();
      }
      var redline = document.querySelector('.row.rl > .r');
      redlineView.checked = true; applyView();
      check('redline shows one column', !redline || (!hiddenByStyle(redline) && hiddenByStyle(redline.parentElement.querySelector('.o'))));
      sideView.checked = true; applyView();
      check('side by side again', !redline || hiddenByStyle(redline));

      var folded = document.querySelector('details.same .row.s > .n > span[id]');
      if (folded) {
        location.hash = '#' + folded.id;
        followHash();
        check('a deep link opens a folded run', folded.closest('details').open);
      }

      if (changes.length) {
        current = -1;
        onKey(new KeyboardEvent('keydown', { key: 'n' }));
        check('n selects the first change', current === 0 && changes[0].classList.contains('cur'));
        if (changes.length > 1) {
          onKey(new KeyboardEvent('keydown', { key: 'n' }));
          onKey(new KeyboardEvent('keydown', { key: 'p' }));
          check('p goes back', current === 0);
        }
        var first = changes[0].getAttribute('data-c');
        comment.value = 'Checked <&> "ok"';
        mark('accepted');
        var stored = JSON.parse(window.localStorage.getItem(storeKey) || '{}');
        check('a mark is kept under the archive hash', !!stored[first] && stored[first].s === 'accepted' && stored[first].c === 'Checked <&> "ok"');
        marks = readMarks();
        check('marks are read back', !!marks[first] && marks[first].s === 'accepted');
        check('a mark shows on its row', changes[0].getAttribute('data-mark') === 'accepted');
        if (changes.length > 1) { select(changes.length - 1, false); comment.value = ''; mark('flagged'); }
        var xml = reviewXML();
        var output = document.createElement('pre');
        output.id = 'selftest-export';
        output.hidden = true;
        output.textContent = xml;
        body.appendChild(output);
        check('the export names the archive', xml.indexOf('archive="' + archive + '"') > 0);
        Object.keys(marks).forEach(function (id) { delete marks[id]; showMark(id); });
        check('an export imports again', importReview(xml) === Math.min(changes.length, 2) && marks[first].c === 'Checked <&> "ok"');
        Object.keys(marks).forEach(function (id) { delete marks[id]; showMark(id); });
        writeMarks();
        countMarks();
      }
      check('nothing blocked, no errors' + (problems.length ? ' (' + problems.join('; ') + ')' : ''), problems.length === 0);
      var report = document.createElement('pre');
      report.id = 'selftest';
      report.textContent = results.join('\n');
      body.appendChild(report);
      root.setAttribute('data-selftest', results.every(function (line) { return line.indexOf('PASS') === 0; }) ? 'pass' : 'fail');
    }
  }
})();
"""#
}
