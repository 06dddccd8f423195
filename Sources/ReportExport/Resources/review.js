(function () {
  'use strict';
  var NS = 'urn:report-diff:archive:1';
  var LABELS = /* labels */{};
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
    var pair = root.getAttribute('data-pair') || '';
    var storeKey = 'report-diff:review:' + pair;
    var reportLanguage = root.lang;
    var ui = reportLanguage;
    var changes = Array.prototype.slice.call(document.querySelectorAll('.row.chg'));
    var indexOf = Object.create(null);
    changes.forEach(function (row, index) { indexOf[row.getAttribute('data-c')] = index; });
    var current = -1;
    var storageWorks = true;
    var listBuilt = false;
    var marks = readMarks();
    var filterChanges = byId('f-chg'), filterNumbers = byId('f-num'), filterFlagged = byId('f-flag'), filterPart = byId('f-part');
    var sideView = byId('v-side'), redlineView = byId('v-red');
    var comment = byId('rv-comment'), reviewer = byId('rv-name'), scope = byId('rv-scope'), shortcuts = byId('k-on');
    byId('bar').hidden = false;
    byId('review').hidden = false;
    reviewer.value = stored('report-diff:reviewer') || '';
    shortcuts.checked = stored('report-diff:keys') !== 'off';
    var chosenLanguage = stored('report-diff:lang');
    if (chosenLanguage && chosenLanguage !== ui) { byId('ui-lang').value = chosenLanguage; setLanguage(chosenLanguage); }
    printHeader();
    Object.keys(marks).forEach(showMark);
    countMarks();

    function t(key) { var entry = LABELS[key]; return entry ? entry[ui.indexOf('zh') === 0 ? 0 : 1] : key; }

    function stored(key) { try { return window.localStorage.getItem(key); } catch (error) { return null; } }

    function store(key, value) {
      try {
        if (value === null) { window.localStorage.removeItem(key); } else { window.localStorage.setItem(key, value); }
      } catch (error) {
        storageWorks = false;
      }
    }

    function setLanguage(language) {
      ui = language;
      root.lang = language;
      var labelled = document.querySelectorAll('[data-t]');
      for (var index = 0; index < labelled.length; index += 1) {
        labelled[index].textContent = t(labelled[index].getAttribute('data-t'));
        labelled[index].lang = language;
      }
      var badges = document.querySelectorAll('.g .b');
      for (var each = 0; each < badges.length; each += 1) {
        badges[each].textContent = t('rel-' + badges[each].className.slice(4));
        badges[each].lang = language;
      }
      document.querySelectorAll('.ui').forEach(function (element) { element.lang = language; });
      printHeader();
      if (listBuilt) { buildList(); }
    }

    // Printed pages repeat "Old · <report>" and "New · <report>" in their top margin.
    function printHeader() {
      var columns = document.querySelectorAll('.cols > div');
      root.style.setProperty('--print-old', JSON.stringify(columns[0].textContent));
      root.style.setProperty('--print-new', JSON.stringify(columns[1].textContent));
    }

    function readMarks() {
      var result = Object.create(null);
      try {
        var kept = JSON.parse(window.localStorage.getItem(storeKey) || '{}');
        Object.keys(kept).forEach(function (id) {
          var mark = kept[id];
          if (mark && (mark.s === 'accepted' || mark.s === 'flagged') && id in indexOf) {
            result[id] = { s: mark.s, c: typeof mark.c === 'string' ? mark.c : '', t: typeof mark.t === 'string' ? mark.t : '' };
          }
        });
      } catch (error) {
        storageWorks = false;
      }
      return result;
    }

    function writeMarks() {
      store(storeKey, Object.keys(marks).length ? JSON.stringify(marks) : null);
      if (!storageWorks) { note(ui.indexOf('zh') === 0 ? '此浏览器不保存标记：关闭前请导出。' : 'This browser keeps no marks for this page: export them before closing it.'); }
    }

    function note(text) { byId('rv-note').textContent = text; }

    function showMark(id) {
      var row = changes[indexOf[id]];
      if (!row) { return; }
      var mark = marks[id];
      var old = row.querySelector('.cmt');
      if (old) { old.remove(); }
      if (mark) {
        row.setAttribute('data-mark', mark.s);
        if (mark.c) {
          var bubble = document.createElement('p');
          bubble.className = 'cmt';
          bubble.textContent = mark.c;
          row.appendChild(bubble);
        }
      } else {
        row.removeAttribute('data-mark');
      }
      if (listBuilt) { listState(indexOf[id]); }
    }

    function partOf(row) { return row.closest('.part').getAttribute('data-p'); }

    function countMarks() {
      var accepted = 0, flagged = 0, perPart = Object.create(null);
      changes.forEach(function (row) {
        var mark = marks[row.getAttribute('data-c')], part = partOf(row);
        perPart[part] = perPart[part] || [0, 0];
        perPart[part][1] += 1;
        if (!mark) { return; }
        perPart[part][0] += 1;
        if (mark.s === 'accepted') { accepted += 1; } else { flagged += 1; }
      });
      var zh = ui.indexOf('zh') === 0;
      byId('rv-count').textContent = zh
        ? '已审 ' + (accepted + flagged) + '/' + changes.length + '（接受 ' + accepted + '，存疑 ' + flagged + '）'
        : (accepted + flagged) + ' of ' + changes.length + ' reviewed (' + accepted + ' accepted, ' + flagged + ' flagged)';
      document.querySelectorAll('#outline .op').forEach(function (item) {
        var counts = perPart[item.getAttribute('data-p')] || [0, 0], badge = item.querySelector('.pr');
        if (badge) {
          badge.textContent = counts[0] + '/' + counts[1];
          badge.classList.toggle('done', counts[1] > 0 && counts[0] === counts[1]);
        }
      });
    }

    function excerpt(row) {
      var cell = row.querySelector('.n') || row.querySelector('.o');
      var text = '';
      if (cell) {
        var version = cell.querySelector('.gc');
        text = (version || cell).textContent.replace(/\s+/g, ' ').trim();
      }
      return text.length > 80 ? text.slice(0, 80) + '…' : text;
    }

    function typeOf(row) {
      var badges = row.querySelectorAll('.g .b');
      if (badges.length) { return Array.prototype.map.call(badges, function (badge) { return badge.textContent; }).join(' '); }
      return t('rel-edited');
    }

    function refreshPanel() {
      var row = current >= 0 ? changes[current] : null;
      var id = row ? row.getAttribute('data-c') : null;
      var mark = id ? marks[id] : null;
      byId('rv-id').textContent = row ? (current + 1) + ' · ' + typeOf(row) + ' · ' + excerpt(row) : t('noSelection');
      byId('rv-accept').setAttribute('aria-pressed', String(!!mark && mark.s === 'accepted'));
      byId('rv-flag').setAttribute('aria-pressed', String(!!mark && mark.s === 'flagged'));
      comment.value = mark ? mark.c : '';
      byId('pos').textContent = row ? (current + 1) + ' / ' + changes.length : String(changes.length);
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
        if (filterFlagged.checked && row.getAttribute('data-mark') !== 'flagged') { filterFlagged.checked = false; applyFilters(); }
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
      if (filterFlagged.checked && row.getAttribute('data-mark') !== 'flagged') { return false; }
      return filterPart.value === '' || partOf(row) === filterPart.value;
    }

    function step(direction, unreviewedOnly) {
      for (var index = current + direction; index >= 0 && index < changes.length; index += direction) {
        if (shown(changes[index]) && !(unreviewedOnly && marks[changes[index].getAttribute('data-c')])) { select(index, true); return true; }
      }
      if (unreviewedOnly && current >= 0) {
        for (var again = 0; again < current; again += 1) {
          if (shown(changes[again]) && !marks[changes[again].getAttribute('data-c')]) { select(again, true); return true; }
        }
      }
      var zh = ui.indexOf('zh') === 0;
      note(unreviewedOnly ? (zh ? '没有未审的变更。' : 'No unreviewed change.') : direction > 0 ? (zh ? '没有后面的变更。' : 'No later change.') : (zh ? '没有前面的变更。' : 'No earlier change.'));
      return false;
    }

    function applyFilters() {
      body.classList.toggle('f-chg', filterChanges.checked);
      body.classList.toggle('f-num', filterNumbers.checked);
      body.classList.toggle('f-flag', filterFlagged.checked);
      var parts = document.querySelectorAll('.part');
      for (var index = 0; index < parts.length; index += 1) {
        parts[index].hidden = filterPart.value !== '' && parts[index].getAttribute('data-p') !== filterPart.value;
      }
    }

    function applyView() {
      if (redlineView.checked) { buildRedlines(); }
      body.classList.toggle('redline', redlineView.checked);
      body.classList.toggle('p-old', byId('v-old').checked);
      body.classList.remove('gr-s', 'gr-p');
      if (byId('g-sentence').checked) { body.classList.add('gr-s'); }
      if (byId('g-phrase').checked) { body.classList.add('gr-p'); }
    }

    // An edited sentence's one-column redline is its old and new cells woven together, made the
    // first time the redline view is chosen rather than sent in the page, which it would make a
    // third longer. Both cells hold the same unchanged text between their deletions and insertions.
    var redlinesBuilt = false;
    function buildRedlines() {
      if (redlinesBuilt) { return; }
      redlinesBuilt = true;
      document.querySelectorAll('.row.ed').forEach(function (row) {
        var old = row.querySelector(':scope > .o'), now = row.querySelector(':scope > .n');
        if (!old || !now || row.querySelector(':scope > .r')) { return; }
        var cell = document.createElement('div');
        cell.className = 'r';
        for (var index = 0; index < old.children.length && index < now.children.length; index += 1) {
          cell.appendChild(weave(old.children[index], now.children[index]));
        }
        row.insertBefore(cell, row.querySelector(':scope > .g'));
      });
    }

    // In the order the page once sent: a deletion with the insertion that replaces it, and an
    // insertion before wording that moved out after it.
    function weave(old, now) {
      var result = old.cloneNode(false), a = pieces(old), b = pieces(now), i = 0, j = 0;
      var is = function (piece, tag) { return piece !== undefined && typeof piece !== 'string' && piece.tagName === tag; };
      while (i < a.length || j < b.length) {
        var x = a[i], y = b[j];
        if (typeof x === 'string' && typeof y === 'string') {
          var shared = Math.min(x.length, y.length);
          result.append(x.slice(0, shared));
          if (x.length > shared) { a[i] = x.slice(shared); } else { i += 1; }
          if (y.length > shared) { b[j] = y.slice(shared); } else { j += 1; }
        } else if (x !== undefined && typeof x !== 'string' && !(is(x, 'SPAN') && is(y, 'INS'))) {
          result.appendChild(x.cloneNode(true)); i += 1;
          if (is(x, 'DEL') && is(b[j], 'INS')) { result.appendChild(b[j].cloneNode(true)); j += 1; }
        } else if (y !== undefined && typeof y !== 'string') {
          result.appendChild(y.cloneNode(true)); j += 1;
        } else {
          result.append(x !== undefined ? x : y);
          if (x !== undefined) { i += 1; } else { j += 1; }
        }
      }
      result.normalize();
      return result;
    }

    function pieces(element) {
      return Array.prototype.map.call(element.childNodes, function (node) { return node.nodeType === 3 ? node.data : node; });
    }

    // The change rows an action applies to: the selected one, its section, its part, or all shown.
    function scoped() {
      if (scope.value === 'shown') { return changes.filter(shown); }
      if (current < 0) { return []; }
      var row = changes[current];
      if (scope.value === 'section') { var block = row.closest('.blk'); return changes.filter(function (other) { return other.closest('.blk') === block; }); }
      if (scope.value === 'part') { var part = partOf(row); return changes.filter(function (other) { return partOf(other) === part; }); }
      return [row];
    }

    function mark(state) {
      var rows = scoped();
      if (!rows.length) { note(t('noSelection')); return 0; }
      var time = new Date().toISOString();
      var single = rows.length === 1 && scope.value === 'change';
      rows.forEach(function (row) {
        var id = row.getAttribute('data-c'), existing = marks[id];
        if (single && existing && existing.s === state) {
          delete marks[id];
        } else {
          marks[id] = { s: state, c: single ? comment.value.trim() : existing ? existing.c : '', t: time };
        }
        showMark(id);
      });
      saved();
      if (!single) { note(rows.length + ' · ' + t(state)); }
      return rows.length;
    }

    function saved() {
      writeMarks();
      countMarks();
      refreshPanel();
    }

    function commentChanged() {
      if (current < 0) { return; }
      var id = changes[current].getAttribute('data-c');
      var text = comment.value.trim();
      if (!marks[id] && text === '') { return; }
      marks[id] = { s: marks[id] ? marks[id].s : 'flagged', c: text, t: new Date().toISOString() };
      showMark(id);
      saved();
    }

    function buildList() {
      var rows = [], names = Object.create(null);
      Array.prototype.forEach.call(filterPart.options, function (option) { names[option.value] = option.textContent; });
      changes.forEach(function (row, index) {
        var line = document.createElement('tr');
        var number = document.createElement('td'), link = document.createElement('button');
        link.type = 'button';
        link.textContent = String(index + 1);
        link.setAttribute('data-i', String(index));
        number.appendChild(link);
        line.appendChild(number);
        [typeOf(row), names[partOf(row)] || '', excerpt(row), ''].forEach(function (text) {
          var cell = document.createElement('td');
          cell.textContent = text;
          line.appendChild(cell);
        });
        rows.push(line);
      });
      var tbody = document.querySelector('#changes tbody');
      tbody.replaceChildren.apply(tbody, rows);
      listBuilt = true;
      changes.forEach(function (row, index) { listState(index); });
    }

    function listState(index) {
      var line = document.querySelector('#changes tbody').children[index];
      if (!line) { return; }
      var mark = marks[changes[index].getAttribute('data-c')];
      line.lastChild.textContent = mark ? t(mark.s) : t('unreviewed');
      line.className = mark ? 'm-' + mark.s : '';
    }

    function xmlText(text) {
      return text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\uD800-\uDBFF\uDC00-\uDFFF]/g, '')
        .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '$1')
        .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    }

    function reviewXML() {
      var head = '<review xmlns="' + NS + '" version="2" archive="' + archive + '" reports="' + pair + '"';
      if (reviewer.value.trim()) { head += ' reviewer="' + xmlText(reviewer.value.trim()) + '"'; }
      var lines = ['<?xml version="1.0" encoding="UTF-8"?>', head + ' exported="' + new Date().toISOString() + '">'];
      changes.forEach(function (row) {
        var id = row.getAttribute('data-c'), entry = marks[id];
        if (!entry) { return; }
        var line = '  <mark change="' + xmlText(id) + '" state="' + entry.s + '"' + (entry.t ? ' at="' + xmlText(entry.t) + '"' : '') + '>';
        line += '<excerpt>' + xmlText(excerpt(row)) + '</excerpt>';
        lines.push(line + (entry.c ? '<comment>' + xmlText(entry.c) + '</comment>' : '') + '</mark>');
      });
      lines.push('</review>');
      return lines.join('\n') + '\n';
    }

    function exportReview() {
      var xml = reviewXML();
      var link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([xml], { type: 'application/xml' }));
      link.download = 'review-' + pair.slice(0, 12) + '.xml';
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
      var zh = ui.indexOf('zh') === 0;
      if (documentNode.getElementsByTagName('parsererror').length || top.localName !== 'review' || top.namespaceURI !== NS) {
        note(zh ? '不是 report-diff 审阅文件。' : 'Not a report-diff review file.');
        return 0;
      }
      if (top.getAttribute('archive') !== archive && top.getAttribute('reports') !== pair) {
        note(zh ? '该审阅属于另一对报告，未导入。' : 'That review belongs to other reports; nothing imported.');
        return 0;
      }
      var count = 0, elements = top.getElementsByTagNameNS(NS, 'mark');
      for (var index = 0; index < elements.length; index += 1) {
        var element = elements[index], id = element.getAttribute('change'), state = element.getAttribute('state');
        if (!(id in indexOf) || (state !== 'accepted' && state !== 'flagged')) { continue; }
        var commentElement = element.getElementsByTagNameNS(NS, 'comment')[0];
        marks[id] = { s: state, c: commentElement ? commentElement.textContent : '', t: element.getAttribute('at') || '' };
        showMark(id);
        count += 1;
      }
      if (top.getAttribute('reviewer') && !reviewer.value) { reviewer.value = top.getAttribute('reviewer'); }
      saved();
      note(count + ' · ' + t('import'));
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
      if (event.ctrlKey || event.metaKey || event.altKey || !shortcuts.checked && event.key !== 'Escape') { return; }
      var target = event.target;
      if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT' || target.isContentEditable)) {
        if (event.key === 'Escape') { target.blur(); }
        return;
      }
      switch (event.key) {
        case 'n': step(1); break;
        case 'p': step(-1); break;
        case 'u': step(1, true); break;
        case 'a': mark('accepted'); break;
        case 'f': mark('flagged'); break;
        case 'c': if (current >= 0) { comment.focus(); } else { note(t('noSelection')); } break;
        case 'r': (redlineView.checked ? sideView : redlineView).checked = true; applyView(); break;
        case '?': byId('keys').showModal(); break;
        default: return;
      }
      event.preventDefault();
    }

    [filterChanges, filterNumbers, filterFlagged, filterPart].forEach(function (control) { control.addEventListener('change', applyFilters); });
    ['v-side', 'v-red', 'v-old', 'v-new', 'g-sentence', 'g-phrase', 'g-character'].forEach(function (id) { byId(id).addEventListener('change', applyView); });
    byId('ui-lang').addEventListener('change', function (event) {
      setLanguage(event.target.value);
      store('report-diff:lang', event.target.value === reportLanguage ? null : event.target.value);
      countMarks();
      refreshPanel();
    });
    byId('b-next').addEventListener('click', function () { step(1); });
    byId('b-prev').addEventListener('click', function () { step(-1); });
    byId('b-unrev').addEventListener('click', function () { step(1, true); });
    byId('b-list').addEventListener('click', function (event) {
      var pane = byId('changes'), open = pane.hidden;
      if (open && !listBuilt) { buildList(); }
      pane.hidden = !open;
      body.classList.toggle('listing', open);
      event.currentTarget.setAttribute('aria-expanded', String(open));
    });
    byId('changes').addEventListener('click', function (event) {
      var button = event.target.closest('button[data-i]');
      if (button) { select(Number(button.getAttribute('data-i')), true); }
    });
    byId('b-keys').addEventListener('click', function () { byId('keys').showModal(); });
    shortcuts.addEventListener('change', function () { store('report-diff:keys', shortcuts.checked ? null : 'off'); });
    reviewer.addEventListener('change', function () { store('report-diff:reviewer', reviewer.value.trim() || null); });
    byId('rv-accept').addEventListener('click', function () { mark('accepted'); });
    byId('rv-flag').addEventListener('click', function () { mark('flagged'); });
    byId('rv-clear').addEventListener('click', function () {
      scoped().forEach(function (row) { var id = row.getAttribute('data-c'); delete marks[id]; showMark(id); });
      saved();
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
    if (!storageWorks) { writeMarks(); }
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
      var empty = changes.filter(function (row) {
        return Array.prototype.every.call(row.querySelectorAll('.o, .n'), function (cell) { return cell.textContent.replace(/[¶\s]/g, '') === ''; });
      });
      check('no change row is empty on both sides' + (empty.length ? ' (' + empty.length + ')' : ''), empty.length === 0);
      check('the count of changes is the rows one can mark', byId('rv-count').textContent.indexOf('/' + changes.length) > 0 ||
        byId('rv-count').textContent.indexOf('of ' + changes.length + ' ') > 0);

      var unchanged = document.querySelector('.row.s:not(.chg)');
      filterChanges.checked = true; applyFilters();
      check('only changes hides unchanged rows', !unchanged || hiddenByStyle(unchanged));
      filterChanges.checked = false; applyFilters();
      var plainChange = document.querySelector('.row.chg:not(.num):not(.h)');
      filterNumbers.checked = true; applyFilters();
      check('only numeric changes hides other changes', !plainChange || hiddenByStyle(plainChange));
      var addedNumber = document.querySelector('.row.s.num:not(:has(> .o)), .row.s.num:not(:has(> .n))');
      check('only numeric changes shows added and removed sentences with numbers', !addedNumber || !hiddenByStyle(addedNumber));
      filterNumbers.checked = false; applyFilters();
      if (filterPart.options.length > 2) {
        filterPart.value = filterPart.options[2].value; applyFilters();
        var otherPart = document.querySelector('.part:not([data-p="' + filterPart.value + '"])');
        check('one part hides the others', hiddenByStyle(otherPart) && !hiddenByStyle(document.querySelector('.part[data-p="' + filterPart.value + '"]')));
        filterPart.value = ''; applyFilters();
      }
      redlineView.checked = true; applyView();
      var redline = document.querySelector('.row.ed > .r') || document.querySelector('.row.rl > .r');
      var woven = document.querySelector('.row.ed > .r');
      check('redline weaves an edit\'s deletions and insertions', !woven || (woven.querySelector('del, ins') !== null &&
        woven.textContent.length >= Math.max(woven.parentElement.querySelector('.o .gc').textContent.length, woven.parentElement.querySelector('.n .gc').textContent.length)));
      check('redline shows one column', !redline || (!hiddenByStyle(redline) && hiddenByStyle(redline.parentElement.querySelector('.o'))));
      sideView.checked = true; applyView();
      check('side by side again', !redline || hiddenByStyle(redline));
      var detail = document.querySelector('.row.ed > .o .gc:not(.g1)');
      var struck = function () { return getComputedStyle(detail).textDecorationLine.indexOf('line-through') >= 0; };
      byId('g-sentence').checked = true; applyView();
      check('sentence detail strikes the whole sentence', !detail || struck());
      byId('g-phrase').checked = true; applyView();
      check('phrase detail shows the phrases', !detail || (hiddenByStyle(detail) && !hiddenByStyle(detail.parentElement.querySelector('.gp'))));
      byId('g-character').checked = true; applyView();
      check('character detail again', !detail || (!hiddenByStyle(detail) && !struck()));

      var folded = document.querySelector('details.same .row.s > .n[id]');
      if (folded) {
        location.hash = '#' + folded.id;
        followHash();
        check('a deep link opens a folded run', folded.closest('details').open);
      }
      var other = ui.indexOf('zh') === 0 ? 'en' : 'zh-CN', heading = byId('h-summary'), before = heading.textContent;
      var badge = document.querySelector('.g .b'), badgeBefore = badge ? badge.textContent : '';
      setLanguage(other);
      check('the interface language switches', heading.textContent !== before && heading.lang === other && root.lang === other);
      check('relation badges switch with it', !badge || (badge.textContent !== badgeBefore && badge.textContent.indexOf('rel-') < 0));
      setLanguage(reportLanguage);

      if (changes.length) {
        current = -1;
        onKey(new KeyboardEvent('keydown', { key: 'n' }));
        check('n selects the first change', current === 0 && changes[0].classList.contains('cur'));
        if (changes.length > 1) {
          onKey(new KeyboardEvent('keydown', { key: 'n' }));
          onKey(new KeyboardEvent('keydown', { key: 'p' }));
          check('p goes back', current === 0);
        }
        shortcuts.checked = false;
        onKey(new KeyboardEvent('keydown', { key: 'n' }));
        check('shortcuts can be turned off', current === 0);
        shortcuts.checked = true;
        var first = changes[0].getAttribute('data-c');
        comment.value = 'Checked <&> "ok"';
        mark('accepted');
        var kept = JSON.parse(window.localStorage.getItem(storeKey) || '{}');
        check('a mark is kept under the reports', !!kept[first] && kept[first].s === 'accepted' && kept[first].c === 'Checked <&> "ok"');
        marks = readMarks();
        check('marks are read back', !!marks[first] && marks[first].s === 'accepted');
        check('a mark shows on its row', changes[0].getAttribute('data-mark') === 'accepted' && !!changes[0].querySelector('.cmt'));
        onKey(new KeyboardEvent('keydown', { key: 'u' }));
        check('u goes to the next unreviewed change', changes.length === 1 || (current > 0 && !marks[changes[current].getAttribute('data-c')]));
        if (changes.length > 1) { select(changes.length - 1, false); comment.value = ''; mark('flagged'); }
        filterFlagged.checked = true; applyFilters();
        check('flagged only hides the rest', changes.length === 1 || hiddenByStyle(changes[0]));
        filterFlagged.checked = false; applyFilters();
        byId('b-list').click();
        check('the change list has a line per change', document.querySelectorAll('#changes tbody tr').length === changes.length);
        byId('b-list').click();
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
