/** A QTI 3.0 choice item with markup to clean (inline style, a script) and a feedback, as an LMS writes it. */
export const QTI3_ITEM = `<?xml version="1.0" encoding="UTF-8"?>
<qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" identifier="item1" title="Câu 1">
  <qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="identifier">
    <qti-correct-response><qti-value>ChoiceB</qti-value></qti-correct-response>
  </qti-response-declaration>
  <qti-item-body>
    <p>Cho <b>hình</b> sau <span style="color:red">đỏ</span><script>alert(1)</script></p>
    <qti-choice-interaction response-identifier="RESPONSE" max-choices="1">
      <qti-prompt>Hình nào tròn?</qti-prompt>
      <qti-simple-choice identifier="ChoiceA">Vuông</qti-simple-choice>
      <qti-simple-choice identifier="ChoiceB">Tròn</qti-simple-choice>
      <qti-simple-choice identifier="ChoiceC"><i>Tam giác</i></qti-simple-choice>
    </qti-choice-interaction>
  </qti-item-body>
  <qti-modal-feedback outcome-identifier="FEEDBACK" identifier="S" show-hide="show">
    <qti-content-body><p>Vì tròn.</p></qti-content-body>
  </qti-modal-feedback>
</qti-assessment-item>`;
