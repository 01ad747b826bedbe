import { zipOf } from './material-files.js';

/**
 * Small SCORM lectures written for these tests (not copied from any sample): a manifest and a launch
 * page whose script finds the API and calls it the way authoring tools' output does.
 */
const scorm12Manifest = (launch: string, mastery = '80') => `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="hoclieu-test-12" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
  <organizations default="org-phan-so">
    <organization identifier="org-phan-so">
      <title>Phân số lớp 6</title>
      <item identifier="gioi-thieu" isvisible="true">
        <title>Giới thiệu</title>
        <item identifier="bai-1" identifierref="res-bai-1">
          <title>Bài 1: Khái niệm phân số</title>
          <adlcp:masteryscore>${mastery}</adlcp:masteryscore>
        </item>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="res-tai-nguyen" type="webcontent" adlcp:scormtype="asset" href="shared/style.css">
      <file href="shared/style.css"/>
    </resource>
    <resource identifier="res-bai-1" type="webcontent" adlcp:scormtype="sco" href="${launch}">
      <file href="${launch}"/>
      <dependency identifierref="res-tai-nguyen"/>
    </resource>
  </resources>
</manifest>`;

const scorm2004Manifest = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="hoclieu-test-2004" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss">
  <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
  <organizations default="org-quang-hop">
    <organization identifier="org-quang-hop">
      <title>Quang hợp ở thực vật</title>
      <item identifier="bai-quang-hop" identifierref="res-quang-hop">
        <title>Quang hợp</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="dat" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>0.7</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources xml:base="content/">
    <resource identifier="res-quang-hop" type="webcontent" adlcp:scormType="sco" href="index_lms.html">
      <file href="index_lms.html"/>
    </resource>
  </resources>
</manifest>`;

/** SCORM 1.2: LMSInitialize, reads the learner and suspend_data, writes status/score/suspend_data. */
const scorm12Page = `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Bài 1</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>
function findAPI(win) {
  var tries = 0;
  while (win.API == null && win.parent != null && win.parent != win && tries < 7) { tries++; win = win.parent; }
  return win.API;
}
var api = null;
function show(id, text) { document.getElementById(id).textContent = text; }
function start() {
  api = findAPI(window);
  if (!api) { show('trang-thai', 'Không tìm thấy LMS'); return; }
  api.LMSInitialize('');
  show('nguoi-hoc', 'Xin chào ' + api.LMSGetValue('cmi.core.student_name'));
  var saved = api.LMSGetValue('cmi.suspend_data');
  show('da-luu', saved ? 'Tiếp tục từ: ' + saved : 'Bắt đầu bài mới');
  show('trang-thai', 'Đã kết nối (' + api.LMSGetValue('cmi.core.entry') + ')');
}
function learn() {
  api.LMSSetValue('cmi.core.lesson_location', 'trang-2');
  api.LMSSetValue('cmi.suspend_data', 'trang=2;da-xem=1,2');
  api.LMSSetValue('cmi.core.lesson_status', 'incomplete');
  api.LMSCommit('');
  show('trang-thai', 'Đã lưu trang 2');
}
function finish() {
  api.LMSSetValue('cmi.core.score.raw', '90');
  api.LMSSetValue('cmi.core.score.min', '0');
  api.LMSSetValue('cmi.core.score.max', '100');
  api.LMSSetValue('cmi.core.lesson_status', 'passed');
  api.LMSSetValue('cmi.core.session_time', '00:02:30');
  api.LMSSetValue('cmi.core.exit', '');
  api.LMSCommit('');
  api.LMSFinish('');
  show('trang-thai', 'Đã nộp bài');
}
</script></head>
<body onload="start()">
<h1>Bài 1: Khái niệm phân số</h1>
<p id="nguoi-hoc"></p><p id="da-luu"></p><p id="trang-thai">Đang tải</p>
<button id="hoc" onclick="learn()">Học trang 2</button>
<button id="xong" onclick="finish()">Làm bài kiểm tra</button>
</body></html>`;

/**
 * SCORM 2004, the way tools that wrap the runtime in one object write it (the 1.2 page above is the
 * older plain-functions style): Initialize, GetValue of learner_name / suspend_data, then completion,
 * success and a scaled score set from a table of values.
 */
const scorm2004Page = `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Quang hợp</title>
<script>
var scorm = {
  api: null,
  locate: function () {
    for (var win = window, depth = 0; win && depth < 8; depth++) {
      if (win.API_1484_11) return win.API_1484_11;
      win = win.parent === win ? null : win.parent;
    }
    return (window.opener && window.opener.API_1484_11) || null;
  },
  save: function (values) {
    for (var key in values) this.api.SetValue(key, values[key]);
    this.api.Commit('');
  }
};
window.addEventListener('load', function () {
  var status = document.querySelector('.status');
  scorm.api = scorm.locate();
  if (!scorm.api) { status.textContent = 'Không tìm thấy LMS'; return; }
  scorm.api.Initialize('');
  var saved = scorm.api.GetValue('cmi.suspend_data');
  document.querySelector('.learner').textContent = 'Xin chào ' + scorm.api.GetValue('cmi.learner_name');
  document.querySelector('.resume').textContent = saved ? 'Tiếp tục từ: ' + saved : 'Bắt đầu bài mới';
  status.textContent = 'Đã kết nối (' + scorm.api.GetValue('cmi.entry') + ')';
  document.querySelector('[data-action=learn]').addEventListener('click', function () {
    scorm.save({
      'cmi.location': 'muc-3',
      'cmi.suspend_data': '{"muc":3}',
      'cmi.completion_status': 'incomplete',
      'cmi.exit': 'suspend'
    });
    status.textContent = 'Đã lưu mục 3';
  });
  document.querySelector('[data-action=finish]').addEventListener('click', function () {
    scorm.save({
      'cmi.score.raw': '6',
      'cmi.score.min': '0',
      'cmi.score.max': '10',
      'cmi.score.scaled': '0.6',
      'cmi.completion_status': 'completed',
      'cmi.success_status': 'failed',
      'cmi.session_time': 'PT3M',
      'cmi.exit': 'normal'
    });
    scorm.api.Terminate('');
    status.textContent = 'Đã nộp bài';
  });
});
</script>
</head>
<body>
<main>
  <h1>Quang hợp ở thực vật</h1>
  <p class="learner"></p>
  <p class="resume"></p>
  <p class="status">Đang tải</p>
  <button type="button" data-action="learn">Học mục 3</button>
  <button type="button" data-action="finish">Làm bài kiểm tra</button>
</main>
</body>
</html>`;

export const scorm12Zip = (mastery?: string) =>
  zipOf({
    'imsmanifest.xml': scorm12Manifest('lesson/start.html', mastery),
    'lesson/start.html': scorm12Page,
    'shared/style.css': 'body { font-family: sans-serif; }',
    'adlcp_rootv1p2.xsd': '<?xml version="1.0"?><xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema"/>',
  });

/** Zipped from its parent folder, as teachers often do: everything under one top folder. */
export const scorm2004Zip = () =>
  zipOf({
    'quang-hop/imsmanifest.xml': scorm2004Manifest,
    'quang-hop/content/index_lms.html': scorm2004Page,
  });

/** Manifests that must be refused with SCORM_MANIFEST_INVALID. */
export const brokenScormZips = {
  notXml: () => zipOf({ 'imsmanifest.xml': '<manifest><organizations>', 'index.html': '<p>x</p>' }),
  missingLaunch: () => zipOf({ 'imsmanifest.xml': scorm12Manifest('lesson/missing.html') }),
  noVersion: () =>
    zipOf({
      'imsmanifest.xml':
        '<manifest identifier="x"><organizations><organization identifier="o"><title>x</title></organization></organizations></manifest>',
      'index.html': '<p>x</p>',
    }),
};
