<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>BackpropEquations</name>
    <message>
        <location filename="../../gui/views/backprop_equations.py" line="84"/>
        <source>Unit j: {0}</source>
        <extracomment>How many terms of a sum are written out before &quot;+ …&quot;. Hidden activations as written in the equations, and their derivative in terms of z, y.</extracomment>
        <translation>유닛 j: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/views/backprop_equations.py" line="85"/>
        <source>Forward pass (Fig. 1c)</source>
        <translation>순방향 전달 (그림 1c)</translation>
    </message>
    <message>
        <location filename="../../gui/views/backprop_equations.py" line="94"/>
        <location filename="../../gui/views/backprop_equations.py" line="144"/>
        <location filename="../../gui/views/backprop_equations.py" line="152"/>
        <location filename="../../gui/views/backprop_equations.py" line="160"/>
        <location filename="../../gui/views/backprop_equations.py" line="168"/>
        <location filename="../../gui/views/backprop_equations.py" line="188"/>
        <source>Backward pass (Fig. 1d)</source>
        <translation>역방향 전달 (그림 1d)</translation>
    </message>
    <message>
        <location filename="../../gui/views/backprop_equations.py" line="104"/>
        <source>Weights into unit j</source>
        <translation>유닛 j로 들어오는 가중치</translation>
    </message>
    <message>
        <location filename="../../gui/views/backprop_equations.py" line="131"/>
        <source>probability of class 1</source>
        <translation>클래스 1의 확률</translation>
    </message>
    <message>
        <location filename="../../gui/views/backprop_equations.py" line="135"/>
        <source>probability of class {0}</source>
        <translation>클래스 {0}의 확률</translation>
    </message>
    <message>
        <location filename="../../gui/views/backprop_equations.py" line="138"/>
        <source>The error E of this point (t = {0})</source>
        <translation>이 점의 오차 E (t = {0})</translation>
    </message>
    <message>
        <location filename="../../gui/views/backprop_equations.py" line="185"/>
        <source>Input i: {0}</source>
        <translation>입력 i: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/views/backprop_equations.py" line="187"/>
        <source>An input has no z and no f: it is a feature of the point.</source>
        <translation>입력에는 z도 f도 없습니다. 점의 특징 그 자체입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/views/backprop_equations.py" line="191"/>
        <source>How E would change if this input moved; nothing here is learned.</source>
        <translation>이 입력이 움직이면 E가 얼마나 바뀌는지입니다. 여기서 학습되는 것은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/views/backprop_equations.py" line="202"/>
        <source>Weight from {0} to {1}</source>
        <translation>{0}에서 {1}(으)로 가는 가중치</translation>
    </message>
    <message>
        <location filename="../../gui/views/backprop_equations.py" line="206"/>
        <source>One SGD step on this point (learning rate η = {0})</source>
        <translation>이 점으로 한 SGD 스텝 (학습률 η = {0})</translation>
    </message>
    <message>
        <location filename="../../gui/views/backprop_equations.py" line="221"/>
        <source>Stepping…</source>
        <translation>한 스텝 진행 중…</translation>
    </message>
    <message>
        <location filename="../../gui/views/backprop_equations.py" line="233"/>
        <source>After one step on this point, the weight from {0} to {1}:</source>
        <translation>이 점으로 한 스텝 진행한 뒤, {0}에서 {1}(으)로 가는 가중치:</translation>
    </message>
    <message>
        <location filename="../../gui/views/backprop_equations.py" line="235"/>
        <source>predicted change −η·∂E/∂w = {0}, observed change = {1}.</source>
        <translation>예측한 변화 −η·∂E/∂w = {0}, 관측한 변화 = {1}.</translation>
    </message>
    <message>
        <location filename="../../gui/views/backprop_equations.py" line="237"/>
        <source>Over all weights, observed and predicted differ by at most {0}.</source>
        <translation>모든 가중치에서 관측값과 예측값의 차이는 최대 {0}입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/views/backprop_equations.py" line="239"/>
        <source>E of this point: {0} → {1}.</source>
        <translation>이 점의 E: {0} → {1}.</translation>
    </message>
    <message>
        <location filename="../../gui/views/backprop_equations.py" line="242"/>
        <source>Training ran {0} more steps meanwhile: the observed change includes them.</source>
        <translation>그사이 학습이 {0}스텝 더 진행되었습니다. 관측한 변화에는 그 스텝들도 들어 있습니다.</translation>
    </message>
</context>
<context>
    <name>BackpropView</name>
    <message>
        <location filename="../../gui/views/backprop_view.py" line="73"/>
        <source>Step on this point</source>
        <translation>이 점으로 한 스텝</translation>
    </message>
    <message>
        <location filename="../../gui/views/backprop_view.py" line="75"/>
        <source>One plain SGD step on the selected point alone: every weight moves by −η·∂E/∂w.</source>
        <translation>선택한 점 하나만으로 하는 평범한 SGD 한 스텝입니다. 모든 가중치가 −η·∂E/∂w만큼 움직입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/views/backprop_view.py" line="82"/>
        <source>Click a training point:</source>
        <translation>학습 점을 클릭하세요:</translation>
    </message>
    <message>
        <location filename="../../gui/views/backprop_view.py" line="92"/>
        <source>Lines: blue ∂E/∂w &gt; 0, orange &lt; 0, thicker = larger. Click a unit or a line.</source>
        <translation>선: 파란색 ∂E/∂w &gt; 0, 주황색 &lt; 0, 굵을수록 큽니다. 유닛이나 선을 클릭하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/views/backprop_view.py" line="94"/>
        <source>Each line is a weight w. Blue: ∂E/∂w &gt; 0, so the step lowers the weight; orange: ∂E/∂w &lt; 0, the step raises it; grey: ∂E/∂w = 0. The thicker the line, the larger |∂E/∂w|. Click a unit or a line to see its equations.</source>
        <translation>선 하나하나가 가중치 w입니다. 파란색: ∂E/∂w &gt; 0이라 스텝이 가중치를 낮춥니다. 주황색: ∂E/∂w &lt; 0이라 스텝이 가중치를 높입니다. 회색: ∂E/∂w = 0. 선이 굵을수록 |∂E/∂w|가 큽니다. 유닛이나 선을 클릭하면 그 식이 보입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/views/backprop_view.py" line="99"/>
        <source>Too many units to label them all: hover over a unit or a line to read its numbers.</source>
        <translation>유닛이 너무 많아 모두 표시할 수 없습니다. 유닛이나 선 위에 마우스를 올리면 숫자가 보입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/views/backprop_view.py" line="66"/>
        <location filename="../../gui/views/backprop_view.py" line="187"/>
        <source>Waiting for the first measurement of the network…</source>
        <extracomment>Tab width (pixels) from which the equations go beside the diagram rather than below. Seconds between two redraws of a very big net&apos;s diagram while training runs. (probe result before a step on this point, the first result after it).</extracomment>
        <translation>신경망의 첫 측정을 기다리는 중…</translation>
    </message>
    <message>
        <location filename="../../gui/views/backprop_view.py" line="166"/>
        <source>Backprop</source>
        <translation>역전파</translation>
    </message>
    <message>
        <location filename="../../gui/views/backprop_view.py" line="173"/>
        <source>Pause training to step on one point.</source>
        <translation>점 하나로 스텝을 진행하려면 학습을 일시 정지하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/views/backprop_view.py" line="180"/>
        <source>The backprop inspector works on the perceptron drawn in the Network tab; this network was assembled in the layer builder. Build a perceptron in the Network tab to inspect it.</source>
        <translation>역전파 검사기는 신경망 탭에 그려진 퍼셉트론에서 작동합니다. 이 신경망은 층 빌더에서 만들었습니다. 살펴보려면 신경망 탭에서 퍼셉트론을 만드세요.</translation>
    </message>
    <message>
        <location filename="../../gui/views/backprop_view.py" line="184"/>
        <source>There are no training points: pick a dataset or add points to inspect one.</source>
        <translation>학습 점이 없습니다. 데이터셋을 고르거나 점을 추가한 뒤 살펴보세요.</translation>
    </message>
    <message>
        <location filename="../../gui/views/backprop_view.py" line="242"/>
        <source>hidden {0}.{1}</source>
        <translation>은닉 {0}.{1}</translation>
    </message>
    <message>
        <location filename="../../gui/views/backprop_view.py" line="245"/>
        <location filename="../../gui/views/backprop_view.py" line="256"/>
        <source>class {0}</source>
        <translation>클래스 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/views/backprop_view.py" line="247"/>
        <source>output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../../gui/views/backprop_view.py" line="254"/>
        <source>value {0}</source>
        <translation>값 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/views/backprop_view.py" line="257"/>
        <source>Point #{0} at ({1}), target: {2}.</source>
        <translation>점 #{0} ({1}), 목표: {2}.</translation>
    </message>
    <message>
        <location filename="../../gui/views/backprop_view.py" line="259"/>
        <source>Its error E = {0}; step {1}.</source>
        <translation>오차 E = {0}, 스텝 {1}.</translation>
    </message>
</context>
<context>
    <name>BoundaryView</name>
    <message>
        <location filename="../../gui/views/boundary_view.py" line="76"/>
        <source>Show test data</source>
        <extracomment>Test images in the mosaic: MOSAIC × MOSAIC. Room around each image in the mosaic, in pixels of the images: a column gap, and a row under each image for its guess. A click on the plane in &quot;add points&quot; mode: (x1, x2).</extracomment>
        <translation>테스트 데이터 표시</translation>
    </message>
    <message>
        <location filename="../../gui/views/boundary_view.py" line="77"/>
        <source>Discretize output</source>
        <translation>출력 이산화</translation>
    </message>
    <message>
        <location filename="../../gui/views/boundary_view.py" line="241"/>
        <source>There are no test images: raise the number of images or lower the training share.</source>
        <extracomment>For image data: the mosaic, one text per cell, and what they show now.</extracomment>
        <translation>테스트 이미지가 없습니다. 이미지 수를 늘리거나 학습 비율을 낮추세요.</translation>
    </message>
    <message>
        <location filename="../../gui/views/boundary_view.py" line="245"/>
        <source>The first {0} test images with their true digit. The network&apos;s guesses are drawn for a perceptron (the Network tab); this network was assembled in the Layers tab.</source>
        <translation>처음 {0}개의 테스트 이미지와 실제 숫자입니다. 신경망의 추측은 퍼셉트론(신경망 탭)일 때만 그립니다. 이 신경망은 층 탭에서 만들었습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/views/boundary_view.py" line="250"/>
        <source>The first {0} test images with their true digit; the network&apos;s guesses appear with its weights.</source>
        <translation>처음 {0}개의 테스트 이미지와 실제 숫자입니다. 신경망의 추측은 가중치가 도착하면 나타납니다.</translation>
    </message>
    <message>
        <location filename="../../gui/views/boundary_view.py" line="255"/>
        <source>The first {0} test images (8×8 pixels each) with the network&apos;s guess: green when right, red when wrong, with the true digit in brackets. {1} of {0} right.</source>
        <translation>처음 {0}개의 테스트 이미지(각 8×8 픽셀)와 신경망의 추측입니다. 맞으면 초록색, 틀리면 빨간색이고 괄호 안은 실제 숫자입니다. {0}개 중 {1}개 정답.</translation>
    </message>
    <message>
        <location filename="../../gui/views/boundary_view.py" line="292"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
</context>
<context>
    <name>CaptionControls</name>
    <message>
        <location filename="../../gui/views/caption_controls.py" line="61"/>
        <source>The previous held-out scene</source>
        <extracomment>The widest beam a person may ask for.</extracomment>
        <translation>이전 시험용 장면</translation>
    </message>
    <message>
        <location filename="../../gui/views/caption_controls.py" line="62"/>
        <source>The next held-out scene</source>
        <translation>다음 시험용 장면</translation>
    </message>
    <message>
        <location filename="../../gui/views/caption_controls.py" line="66"/>
        <source>Which held-out scene to caption</source>
        <translation>캡션을 붙일 시험용 장면</translation>
    </message>
    <message>
        <location filename="../../gui/views/caption_controls.py" line="70"/>
        <source>How many partial captions beam search keeps at each word (1: greedy, the likeliest word each time)</source>
        <translation>빔 탐색이 단어마다 남겨 두는 부분 캡션의 수 (1: 탐욕적 탐색, 매번 가장 그럴듯한 단어)</translation>
    </message>
    <message>
        <location filename="../../gui/views/caption_controls.py" line="72"/>
        <source>Open picture…</source>
        <translation>그림 열기…</translation>
    </message>
    <message>
        <location filename="../../gui/views/caption_controls.py" line="73"/>
        <source>Caption a picture of your own from a file</source>
        <translation>파일에서 직접 고른 그림에 캡션 붙이기</translation>
    </message>
    <message>
        <location filename="../../gui/views/caption_controls.py" line="74"/>
        <source>Draw…</source>
        <translation>그리기…</translation>
    </message>
    <message>
        <location filename="../../gui/views/caption_controls.py" line="74"/>
        <source>Draw a picture to caption</source>
        <translation>캡션을 붙일 그림 그리기</translation>
    </message>
    <message>
        <location filename="../../gui/views/caption_controls.py" line="75"/>
        <source>Back to held-out scenes</source>
        <translation>시험용 장면으로 돌아가기</translation>
    </message>
    <message>
        <location filename="../../gui/views/caption_controls.py" line="77"/>
        <source>The previous word (← key)</source>
        <translation>이전 단어 (← 키)</translation>
    </message>
    <message>
        <location filename="../../gui/views/caption_controls.py" line="78"/>
        <location filename="../../gui/views/caption_controls.py" line="114"/>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <location filename="../../gui/views/caption_controls.py" line="78"/>
        <source>Show where each word looked, one word after another</source>
        <translation>각 단어가 어디를 보았는지 한 단어씩 차례로 보여 주기</translation>
    </message>
    <message>
        <location filename="../../gui/views/caption_controls.py" line="81"/>
        <source>The next word (→ key)</source>
        <translation>다음 단어 (→ 키)</translation>
    </message>
    <message>
        <location filename="../../gui/views/caption_controls.py" line="85"/>
        <source>Held-out scene</source>
        <translation>시험용 장면</translation>
    </message>
    <message>
        <location filename="../../gui/views/caption_controls.py" line="90"/>
        <source>Beam width</source>
        <translation>빔 너비</translation>
    </message>
    <message>
        <location filename="../../gui/views/caption_controls.py" line="105"/>
        <source>Words</source>
        <translation>단어</translation>
    </message>
    <message>
        <location filename="../../gui/views/caption_controls.py" line="114"/>
        <source>Stop</source>
        <translation>정지</translation>
    </message>
</context>
<context>
    <name>CaptionCurves</name>
    <message>
        <location filename="../../gui/views/caption_curves.py" line="33"/>
        <location filename="../../gui/views/caption_curves.py" line="34"/>
        <source>training step</source>
        <translation>학습 스텝</translation>
    </message>
    <message>
        <location filename="../../gui/views/caption_curves.py" line="33"/>
        <source>exact match (held out)</source>
        <translation>완전 일치율 (시험용)</translation>
    </message>
    <message>
        <location filename="../../gui/views/caption_curves.py" line="34"/>
        <source>BLEU-4 (held out)</source>
        <translation>BLEU-4 (시험용)</translation>
    </message>
    <message>
        <location filename="../../gui/views/caption_curves.py" line="65"/>
        <source>Measured on {0} of {1} held-out scenes.</source>
        <extracomment>Per run (in CaptionMetrics.runs&apos; order): its exact-match and BLEU-4 curves.</extracomment>
        <translation>시험용 장면 {1}개 중 {0}개로 측정했습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/views/caption_curves.py" line="83"/>
        <source>{0}: exact match {1}, BLEU-4 {2}, three objects {3}, attention on the object {4}</source>
        <translation>{0}: 완전 일치율 {1}, BLEU-4 {2}, 물체 세 개 {3}, 물체 위 어텐션 {4}</translation>
    </message>
</context>
<context>
    <name>CaptionStripView</name>
    <message>
        <location filename="../../gui/views/caption_strip_view.py" line="99"/>
        <source>Held-out scene {0}</source>
        <extracomment>Each picture&apos;s column, in pixels: eight side by side in a wide window, wrapping onto a second row in a narrow one, never too narrow for a caption. The held-out index of each cell&apos;s picture.</extracomment>
        <translation>시험용 장면 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/views/caption_strip_view.py" line="100"/>
        <source>Reference: {0}</source>
        <translation>정답: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/views/caption_strip_view.py" line="102"/>
        <source>Click to show it large.</source>
        <translation>누르면 크게 보여 줍니다.</translation>
    </message>
</context>
<context>
    <name>CaptionView</name>
    <message>
        <location filename="../../gui/views/caption_view.py" line="111"/>
        <source>Held-out pictures and the captions written for them now (green: right, red: wrong)</source>
        <extracomment>The keys that step through the words, and which way. One word after another while playing. The picture column&apos;s width at first: the picture, its words and the controls. The least the strip and the curves are given: four pictures a row, two plots. A person&apos;s picture being captioned; None while the held-out scenes are shown. The word shown: which run&apos;s, and which of its words (the end last). Whether a person has asked for a scene or a picture yet.</extracomment>
        <translation>시험용 그림과 지금 쓴 캡션 (초록: 맞음, 빨강: 틀림)</translation>
    </message>
    <message>
        <location filename="../../gui/views/caption_view.py" line="119"/>
        <source>Captioning</source>
        <translation>캡션</translation>
    </message>
    <message>
        <location filename="../../gui/views/caption_view.py" line="123"/>
        <source>This view shows a captioner: choose the captioned scenes (or the captioning demo).</source>
        <translation>이 보기는 캡션 생성기를 보여 줍니다: 캡션이 붙은 장면 데이터(또는 captioning 데모)를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/views/caption_view.py" line="159"/>
        <source>Open a picture to caption</source>
        <translation>캡션을 붙일 그림 열기</translation>
    </message>
    <message>
        <location filename="../../gui/views/caption_view.py" line="191"/>
        <location filename="../../gui/views/caption_view.py" line="259"/>
        <source>(end)</source>
        <translation>(끝)</translation>
    </message>
    <message>
        <location filename="../../gui/views/caption_view.py" line="195"/>
        <source>“{0}” ({1}): this captioner has no attention to show; it reads the whole picture as one vector.</source>
        <translation>“{0}” ({1}): 이 캡션 생성기에는 보여 줄 어텐션이 없습니다. 그림 전체를 벡터 하나로 읽습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/views/caption_view.py" line="200"/>
        <source>“{0}” ({1}): where it looked while writing this word ({2} of {3})</source>
        <translation>“{0}” ({1}): 이 단어를 쓰는 동안 본 곳 ({3}개 중 {2}번째)</translation>
    </message>
    <message>
        <location filename="../../gui/views/caption_view.py" line="273"/>
        <source>Held-out scene {0} of {1}, beam width {2}. Reference: {3}</source>
        <translation>시험용 장면 {1}개 중 {0}번, 빔 너비 {2}. 정답: {3}</translation>
    </message>
    <message>
        <location filename="../../gui/views/caption_view.py" line="276"/>
        <source>Your picture, beam width {0} (no reference caption to check against)</source>
        <translation>직접 고른 그림, 빔 너비 {0} (비교할 정답 캡션이 없습니다)</translation>
    </message>
    <message>
        <location filename="../../gui/views/caption_view.py" line="285"/>
        <source>with attention</source>
        <translation>어텐션 있음</translation>
    </message>
    <message>
        <location filename="../../gui/views/caption_view.py" line="285"/>
        <source>without attention</source>
        <translation>어텐션 없음</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../gui/views/compare_view.py" line="58"/>
        <source>activation</source>
        <extracomment>What the values box suggests for each setting.</extracomment>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="58"/>
        <source>optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="59"/>
        <source>learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="60"/>
        <source>batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="60"/>
        <source>seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="61"/>
        <source>dropout</source>
        <translation>드롭아웃</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="62"/>
        <source>initial weight scale</source>
        <translation>초기 가중치 배율</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="63"/>
        <source>recurrent weight scale</source>
        <translation>순환 가중치 크기</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="64"/>
        <source>hidden layers</source>
        <translation>은닉층</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="65"/>
        <source>regularization</source>
        <translation>정규화</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="66"/>
        <source>regularization rate</source>
        <translation>정규화율</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="67"/>
        <source>pre-training steps</source>
        <translation>사전 학습 스텝</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="73"/>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="74"/>
        <source>Train one run per value, together, from step 0</source>
        <translation>값마다 실행 하나씩, 스텝 0부터 함께 학습합니다</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="76"/>
        <source>Single run</source>
        <translation>실행 하나로</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="79"/>
        <source>Vary</source>
        <translation>변화</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="87"/>
        <source>step</source>
        <translation>스텝</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="87"/>
        <source>training loss</source>
        <translation>학습 손실</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="90"/>
        <source>layer (input → output)</source>
        <translation>층 (입력 → 출력)</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="90"/>
        <source>‖∂E/∂W‖</source>
        <translation>‖∂E/∂W‖</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="91"/>
        <source>loss now</source>
        <translation>지금 손실</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="91"/>
        <source>training</source>
        <translation>학습</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="91"/>
        <source>test</source>
        <translation>테스트</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="116"/>
        <source>Compare runs</source>
        <extracomment>Each run&apos;s (training, test) loss curve. The demo&apos;s recipe comparison last shown (the Vary box cannot type one).</extracomment>
        <translation>실행 비교</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="152"/>
        <source>the demo&apos;s recipe</source>
        <translation>데모의 레시피</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="172"/>
        <source>Comparing {0} needs 2 to {1} values; got {2}.</source>
        <translation>{0} 비교에는 값이 2개에서 {1}개까지 필요합니다. 입력한 값은 {2}개입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="193"/>
        <source>Values separated by commas, e.g. {0}</source>
        <translation>쉼표로 구분한 값, 예: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="214"/>
        <source>{0}: loss {1:.3f}</source>
        <translation>{0}: 손실 {1:.3f}</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="216"/>
        <source>, test accuracy {0:.1f} %</source>
        <translation>, 테스트 정확도 {0:.1f} %</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="220"/>
        <source>Solid: training loss, dashed: test loss. </source>
        <translation>실선: 학습 손실, 점선: 테스트 손실. </translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="232"/>
        <source>One run trains now. Pick a setting and its values, then press Compare: the runs train together from step 0, with everything else the same.</source>
        <translation>지금은 실행 하나가 학습 중입니다. 설정과 그 값들을 고른 뒤 ‘비교’를 누르세요. 나머지는 모두 같은 채로 실행들이 스텝 0부터 함께 학습합니다.</translation>
    </message>
</context>
<context>
    <name>ConfusionView</name>
    <message>
        <location filename="../../gui/views/confusion_view.py" line="85"/>
        <source>Rows: the true class. Columns: the predicted class. The diagonal is what the net gets right.</source>
        <translation>행: 실제 클래스. 열: 예측한 클래스. 대각선이 신경망이 맞힌 것입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/views/confusion_view.py" line="96"/>
        <source>activation</source>
        <translation>활성값</translation>
    </message>
    <message>
        <location filename="../../gui/views/confusion_view.py" line="96"/>
        <location filename="../../gui/views/confusion_view.py" line="97"/>
        <source>share</source>
        <translation>비율</translation>
    </message>
    <message>
        <location filename="../../gui/views/confusion_view.py" line="97"/>
        <source>dE/d(activation)</source>
        <translation>dE/d(활성값)</translation>
    </message>
    <message>
        <location filename="../../gui/views/confusion_view.py" line="98"/>
        <source>Activations per layer</source>
        <translation>층별 활성값</translation>
    </message>
    <message>
        <location filename="../../gui/views/confusion_view.py" line="99"/>
        <source>Gradients per layer</source>
        <translation>층별 기울기</translation>
    </message>
    <message>
        <location filename="../../gui/views/confusion_view.py" line="118"/>
        <source>Confusion</source>
        <translation>혼동 행렬</translation>
    </message>
    <message>
        <location filename="../../gui/views/confusion_view.py" line="122"/>
        <source>Test accuracy {0:.1%} on {1} images</source>
        <translation>이미지 {1}개의 테스트 정확도 {0:.1%}</translation>
    </message>
    <message>
        <location filename="../../gui/views/confusion_view.py" line="125"/>
        <source>Misclassified: {0} of {1} (the most confident mistakes first)</source>
        <translation>잘못 분류: {1}개 중 {0}개 (가장 확신한 실수부터)</translation>
    </message>
    <message>
        <location filename="../../gui/views/confusion_view.py" line="144"/>
        <source>{0}→{1}</source>
        <translation>{0}→{1}</translation>
    </message>
    <message>
        <location filename="../../gui/views/confusion_view.py" line="147"/>
        <source>test image {0}: true class {1}; scores {2}</source>
        <translation>테스트 이미지 {0}: 실제 클래스 {1}, 점수 {2}</translation>
    </message>
</context>
<context>
    <name>ConvViewBase</name>
    <message>
        <location filename="../../gui/views/conv_view_base.py" line="18"/>
        <source>This view follows images through a convolutional network; these data are 2-D points. Pick an image dataset (the digits) and build a ConvNet in the Layers tab.</source>
        <translation>이 보기는 합성곱 신경망 속 이미지를 따라갑니다. 지금 데이터는 2차원 점입니다. 이미지 데이터(숫자)를 고르고 층 탭에서 ConvNet을 만드세요.</translation>
    </message>
    <message>
        <location filename="../../gui/views/conv_view_base.py" line="24"/>
        <source>This view needs a network built in the Layers tab that reads images, such as a ConvNet (Conv2d, ReLU, MaxPool2d, Flatten, Linear). The perceptron of the Network tab reads the pixels as a flat list, so it has no maps to show.</source>
        <translation>이 보기에는 층 탭에서 만든, 이미지를 읽는 신경망(Conv2d, ReLU, MaxPool2d, Flatten, Linear로 된 ConvNet 등)이 필요합니다. 신경망 탭의 퍼셉트론은 픽셀을 평평한 목록으로 읽으므로 보여 줄 맵이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/views/conv_view_base.py" line="31"/>
        <source>This view needs classes; this run is a regression.</source>
        <translation>이 보기에는 클래스가 필요합니다. 지금 실행은 회귀입니다.</translation>
    </message>
</context>
<context>
    <name>CurvesView</name>
    <message>
        <location filename="../../gui/views/curves_view.py" line="16"/>
        <source>step</source>
        <translation>스텝</translation>
    </message>
    <message>
        <location filename="../../gui/views/curves_view.py" line="16"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../gui/views/curves_view.py" line="19"/>
        <source>training loss</source>
        <translation>학습 손실</translation>
    </message>
    <message>
        <location filename="../../gui/views/curves_view.py" line="21"/>
        <source>test loss</source>
        <translation>테스트 손실</translation>
    </message>
    <message>
        <location filename="../../gui/views/curves_view.py" line="27"/>
        <source>Log scale</source>
        <translation>로그 스케일</translation>
    </message>
    <message>
        <location filename="../../gui/views/curves_view.py" line="50"/>
        <source>Test loss {0}  Training loss {1}</source>
        <translation>테스트 손실 {0}  학습 손실 {1}</translation>
    </message>
    <message>
        <location filename="../../gui/views/curves_view.py" line="53"/>
        <source>  Test accuracy {0:.1f} %</source>
        <translation>  테스트 정확도 {0:.1f}%</translation>
    </message>
    <message>
        <location filename="../../gui/views/curves_view.py" line="59"/>
        <source>  (on {0} of {1} training and {2} of {3} test examples)</source>
        <translation>  (학습 예제 {1}개 중 {0}개, 테스트 예제 {3}개 중 {2}개로 측정)</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <location filename="../../gui/panels/data_panel.py" line="66"/>
        <source>Which dataset do you want to use?</source>
        <extracomment>Images generated when the shapes are picked (the lead&apos;s ConvNet demo sets its own). Changes to DataSettings fields, e.g. {&quot;dataset&quot;: &quot;xor&quot;}. Training batch size (lives in TrainSettings but sits here, as in the playground). Training settings of recurrent nets set in the sequence box: (field, value). A file that cannot be used: the message for the window&apos;s banner (when nothing listens, a message box says it).</extracomment>
        <translation>어떤 데이터셋을 사용할까요?</translation>
    </message>
    <message>
        <location filename="../../gui/panels/data_panel.py" line="106"/>
        <source>Ratio of training to test data: {0} %</source>
        <translation>학습/테스트 데이터 비율: {0}%</translation>
    </message>
    <message>
        <location filename="../../gui/panels/data_panel.py" line="107"/>
        <source>Noise: {0}</source>
        <translation>잡음: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/data_panel.py" line="108"/>
        <source>Batch size: {0}</source>
        <translation>배치 크기: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/data_panel.py" line="75"/>
        <source>Classes: </source>
        <translation>클래스 수: </translation>
    </message>
    <message>
        <location filename="../../gui/panels/data_panel.py" line="132"/>
        <source>all</source>
        <translation>전부</translation>
    </message>
    <message>
        <location filename="../../gui/panels/data_panel.py" line="133"/>
        <source>Labelled examples</source>
        <translation>레이블이 있는 예제</translation>
    </message>
    <message>
        <location filename="../../gui/panels/data_panel.py" line="136"/>
        <source>How many training images keep their label; the others are used only by layer-wise pre-training. The lowest value, “all”, keeps every label.</source>
        <translation>레이블을 유지할 학습 이미지 수입니다. 나머지는 층별 사전 학습에만 쓰입니다. 가장 낮은 값인 ‘전부’는 모든 레이블을 유지합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/data_panel.py" line="80"/>
        <source>Regenerate</source>
        <translation>다시 생성</translation>
    </message>
    <message>
        <location filename="../../gui/panels/data_panel.py" line="81"/>
        <location filename="../../gui/panels/data_panel.py" line="247"/>
        <source>New random points from the same distribution</source>
        <translation>같은 분포에서 새 무작위 점을 만듭니다</translation>
    </message>
    <message>
        <location filename="../../gui/panels/data_panel.py" line="207"/>
        <source>Could not open the data</source>
        <translation>데이터를 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../gui/panels/data_panel.py" line="244"/>
        <source>Noise does not change a text.</source>
        <translation>잡음은 텍스트를 바꾸지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/data_panel.py" line="246"/>
        <source>New random sequences (of a text: new windows of it)</source>
        <translation>새 무작위 시퀀스 (텍스트라면 새 구간)</translation>
    </message>
</context>
<context>
    <name>DatasetTexts</name>
    <message>
        <location filename="../../gui/panels/dataset_texts.py" line="28"/>
        <source>1,797 handwritten digits, each only 8×8 pixels (64 inputs): small enough to train in seconds. The 2-D features and your own points do not apply.</source>
        <translation>손글씨 숫자 1,797개로, 각각 8×8 픽셀(입력 64개)밖에 되지 않아 몇 초 만에 학습합니다. 2차원 특징과 직접 찍은 점은 쓰이지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/dataset_texts.py" line="46"/>
        <source>Adding problem</source>
        <translation>덧셈 문제</translation>
    </message>
    <message>
        <location filename="../../gui/panels/dataset_texts.py" line="16"/>
        <source>Bars at four angles, circles, squares, triangles and crosses, 28×28 pixels, placed at random; noise makes them harder. Try a ConvNet (Layers tab).</source>
        <translation>네 가지 각도의 막대, 원, 정사각형, 삼각형, 십자가 28×28 픽셀 안 무작위 위치에 있습니다. 잡음을 넣으면 더 어려워집니다. ConvNet(층 탭)을 써 보세요.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/dataset_texts.py" line="44"/>
        <source>Bracket depth (counting)</source>
        <translation>괄호 깊이 (세기)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/dataset_texts.py" line="36"/>
        <source>Checkerboard</source>
        <translation>체커보드</translation>
    </message>
    <message>
        <location filename="../../gui/panels/dataset_texts.py" line="34"/>
        <source>Circle</source>
        <translation>원</translation>
    </message>
    <message>
        <location filename="../../gui/panels/dataset_texts.py" line="45"/>
        <source>Delayed recall (remember a symbol)</source>
        <translation>지연 회상 (기호 기억하기)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/dataset_texts.py" line="41"/>
        <source>Digits (8×8 images)</source>
        <translation>숫자 (8×8 이미지)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/dataset_texts.py" line="42"/>
        <source>Digits enlarged to 28×28</source>
        <translation>28×28로 키운 숫자</translation>
    </message>
    <message>
        <location filename="../../gui/panels/dataset_texts.py" line="34"/>
        <source>Exclusive or</source>
        <translation>배타적 논리합(XOR)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/dataset_texts.py" line="35"/>
        <source>Gaussian blobs</source>
        <translation>가우시안 군집</translation>
    </message>
    <message>
        <location filename="../../gui/panels/dataset_texts.py" line="48"/>
        <source>Generated sentences (characters)</source>
        <translation>생성된 문장 (글자 단위)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/dataset_texts.py" line="39"/>
        <source>Multi-Gaussian (regression)</source>
        <translation>다중 가우시안 (회귀)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/dataset_texts.py" line="47"/>
        <source>Next value of noisy sines</source>
        <translation>잡음 섞인 사인파의 다음 값</translation>
    </message>
    <message>
        <location filename="../../gui/panels/dataset_texts.py" line="38"/>
        <source>Plane (regression)</source>
        <translation>평면 (회귀)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/dataset_texts.py" line="43"/>
        <source>Shapes (28×28 images)</source>
        <translation>도형 (28×28 이미지)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/dataset_texts.py" line="35"/>
        <source>Spiral</source>
        <translation>나선</translation>
    </message>
    <message>
        <location filename="../../gui/panels/dataset_texts.py" line="21"/>
        <source>The 1,797 8×8 handwritten digits enlarged to 28×28 (784 inputs), smoothed: the size LeNet and other MNIST nets expect. No new detail appears.</source>
        <translation>8×8 손글씨 숫자 1,797개를 28×28(입력 784개)로 부드럽게 키운 것입니다. LeNet 같은 MNIST용 신경망이 기대하는 크기이며, 새로운 세부는 생기지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/dataset_texts.py" line="37"/>
        <source>Two interleaved curves (Fig. 1a)</source>
        <translation>서로 얽힌 두 곡선 (그림 1a)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/dataset_texts.py" line="36"/>
        <source>Two moons</source>
        <translation>반달 두 개</translation>
    </message>
    <message>
        <location filename="../../gui/panels/dataset_texts.py" line="25"/>
        <source>Your own images, made grey and 28×28 pixels (784 inputs). The 2-D features and your own points do not apply.</source>
        <translation>직접 가져온 이미지를 회색조 28×28 픽셀(입력 784개)로 바꿔 씁니다. 2차원 특징과 직접 찍은 점은 쓰이지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/dataset_texts.py" line="40"/>
        <source>Your own points</source>
        <translation>직접 만든 점</translation>
    </message>
    <message>
        <location filename="../../gui/panels/dataset_texts.py" line="49"/>
        <source>Your text file (characters)</source>
        <translation>내 텍스트 파일 (글자 단위)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/dataset_texts.py" line="50"/>
        <source>Generated news sentences (words)</source>
        <translation>생성된 뉴스 문장 (단어 단위)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/dataset_texts.py" line="51"/>
        <source>Your text file (words)</source>
        <translation>내 텍스트 파일 (단어 단위)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/dataset_texts.py" line="52"/>
        <source>English to Korean sentences (translation)</source>
        <translation>영어에서 한국어로 옮길 문장 (번역)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/dataset_texts.py" line="53"/>
        <source>Scenes with captions (captioning)</source>
        <translation>캡션이 붙은 장면 (캡션 생성)</translation>
    </message>
</context>
<context>
    <name>DrawPictureDialog</name>
    <message>
        <location filename="../../gui/views/caption_draw.py" line="108"/>
        <source>Draw a picture to caption</source>
        <extracomment>The canvas in pixels: the size of the pictures the captioner reads. The colours the scenes&apos; objects come in (and black, which paints the background back). The same values the scenes are rendered with, so a drawn red reads as the scenes&apos; red. Brush diameter in canvas pixels.</extracomment>
        <translation>캡션을 붙일 그림 그리기</translation>
    </message>
    <message>
        <location filename="../../gui/views/caption_draw.py" line="112"/>
        <source>Colour</source>
        <translation>색</translation>
    </message>
    <message>
        <location filename="../../gui/views/caption_draw.py" line="120"/>
        <source>Black paints the background back</source>
        <translation>검은색은 배경으로 되돌립니다</translation>
    </message>
    <message>
        <location filename="../../gui/views/caption_draw.py" line="129"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../../gui/views/caption_draw.py" line="131"/>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <location filename="../../gui/views/caption_draw.py" line="134"/>
        <source>Brush</source>
        <translation>붓</translation>
    </message>
    <message>
        <location filename="../../gui/views/caption_draw.py" line="140"/>
        <source>Caption it</source>
        <translation>캡션 붙이기</translation>
    </message>
    <message>
        <location filename="../../gui/views/caption_draw.py" line="143"/>
        <source>Paint one to three objects on the black background, as the scenes show them; the captioner describes what it sees.</source>
        <translation>장면처럼 검은 배경에 물체를 한 개에서 세 개까지 그리세요. 캡션 생성기가 본 것을 설명합니다.</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../../gui/panels/layer_commands.py" line="163"/>
        <location filename="../../gui/panels/layer_commands.py" line="185"/>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_commands.py" line="164"/>
        <location filename="../../gui/panels/layer_commands.py" line="187"/>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_commands.py" line="170"/>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_commands.py" line="170"/>
        <source>Remove the selected layer (Delete)</source>
        <translation>선택한 층 삭제 (Delete)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_commands.py" line="172"/>
        <source>Duplicate</source>
        <translation>복제</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_commands.py" line="172"/>
        <source>Duplicate the selected layer (Ctrl+D)</source>
        <translation>선택한 층 복제 (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_commands.py" line="174"/>
        <source>Up</source>
        <translation>위로</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_commands.py" line="174"/>
        <source>Move the selected layer up (Alt+Up)</source>
        <translation>선택한 층을 위로 이동 (Alt+Up)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_commands.py" line="176"/>
        <source>Down</source>
        <translation>아래로</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_commands.py" line="176"/>
        <source>Move the selected layer down (Alt+Down)</source>
        <translation>선택한 층을 아래로 이동 (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_commands.py" line="180"/>
        <source>Templates</source>
        <translation>템플릿</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_commands.py" line="181"/>
        <source>Start from a ready-made network</source>
        <translation>미리 만든 신경망에서 시작</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_commands.py" line="185"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>실행 취소 (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_commands.py" line="187"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>다시 실행 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_commands.py" line="229"/>
        <source>points</source>
        <translation>점</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_commands.py" line="229"/>
        <source>images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_commands.py" line="230"/>
        <source>sequences</source>
        <translation>시퀀스</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_commands.py" line="230"/>
        <source>text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_commands.py" line="231"/>
        <source>words</source>
        <translation>단어</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_commands.py" line="233"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
</context>
<context>
    <name>ExperimentFiles</name>
    <message>
        <location filename="../../gui/file_menu.py" line="67"/>
        <source>&amp;File</source>
        <extracomment>A file was loaded by the trainer: the window is to show it (its SavedExperiment). The file the window shows now has this name (a Path), after a save. A save or export finished: (action, ok, message). A message for the window&apos;s banner (a file that cannot be opened or written). A short word for the status bar (a file saved). The dialogs&apos; parent: the window the menu bar belongs to.</extracomment>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/file_menu.py" line="69"/>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gui/file_menu.py" line="71"/>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/file_menu.py" line="73"/>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/file_menu.py" line="75"/>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../gui/file_menu.py" line="78"/>
        <source>&amp;Export Model</source>
        <translation>모델 내보내기(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/file_menu.py" line="80"/>
        <source>PyTorch Source (.py)…</source>
        <translation>PyTorch 소스 (.py)…</translation>
    </message>
    <message>
        <location filename="../../gui/file_menu.py" line="81"/>
        <source>TorchScript (.pt)…</source>
        <translation>TorchScript (.pt)…</translation>
    </message>
    <message>
        <location filename="../../gui/file_menu.py" line="82"/>
        <source>ONNX (.onnx)…</source>
        <translation>ONNX (.onnx)…</translation>
    </message>
    <message>
        <location filename="../../gui/file_menu.py" line="90"/>
        <source>ONNX (.onnx): needs the optional &apos;onnx&apos; package</source>
        <translation>ONNX (.onnx): 선택 패키지 &apos;onnx&apos;가 필요합니다</translation>
    </message>
    <message>
        <location filename="../../gui/file_menu.py" line="123"/>
        <source>Clear Recent Files</source>
        <translation>최근 파일 목록 지우기</translation>
    </message>
    <message>
        <location filename="../../gui/file_menu.py" line="132"/>
        <source>Deepscope experiments (*{0});;Experiment settings (*.json)</source>
        <translation>Deepscope 실험 (*{0});;실험 설정 (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/file_menu.py" line="136"/>
        <source>Open Experiment</source>
        <translation>실험 열기</translation>
    </message>
    <message>
        <location filename="../../gui/file_menu.py" line="142"/>
        <source>Save Experiment</source>
        <translation>실험 저장</translation>
    </message>
    <message>
        <location filename="../../gui/file_menu.py" line="150"/>
        <source>Export Model</source>
        <translation>모델 내보내기</translation>
    </message>
    <message>
        <location filename="../../gui/file_menu.py" line="184"/>
        <source>Could not read {0}: {1}</source>
        <translation>{0}을(를) 읽을 수 없습니다: {1}</translation>
    </message>
</context>
<context>
    <name>FeatureMapsView</name>
    <message>
        <location filename="../../gui/views/feature_maps_view.py" line="60"/>
        <source>Draw with the left button; drag the image around with the right button (or Shift + left).</source>
        <extracomment>The pen&apos;s newest image reaches the engine at most this often (ms). A choice the engine has not drawn yet is sent again after this many seconds. Maps per column in the overview before a layer&apos;s maps wrap into more columns.</extracomment>
        <translation>왼쪽 버튼으로 그립니다. 오른쪽 버튼(또는 Shift + 왼쪽 버튼)으로 끌면 이미지가 움직입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/views/feature_maps_view.py" line="63"/>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <location filename="../../gui/views/feature_maps_view.py" line="67"/>
        <source>test image </source>
        <translation>테스트 이미지 </translation>
    </message>
    <message>
        <location filename="../../gui/views/feature_maps_view.py" line="69"/>
        <source>Use a test image</source>
        <translation>테스트 이미지 사용</translation>
    </message>
    <message>
        <location filename="../../gui/views/feature_maps_view.py" line="93"/>
        <source>Colours per map</source>
        <translation>맵별 색 범위</translation>
    </message>
    <message>
        <location filename="../../gui/views/feature_maps_view.py" line="94"/>
        <source>Colours per layer</source>
        <translation>층별 색 범위</translation>
    </message>
    <message>
        <location filename="../../gui/views/feature_maps_view.py" line="95"/>
        <source>Colours for the whole network</source>
        <translation>신경망 전체 색 범위</translation>
    </message>
    <message>
        <location filename="../../gui/views/feature_maps_view.py" line="99"/>
        <source>Grey is 0, blue positive, orange negative. Full colour is the largest |value| of each map, of each layer, or of the whole network.</source>
        <translation>회색은 0, 파란색은 양수, 주황색은 음수입니다. 가장 진한 색은 각 맵, 각 층 또는 신경망 전체에서 가장 큰 |값|입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/views/feature_maps_view.py" line="76"/>
        <source>Draw on the pad with the left button, or drag the image around with the right button.</source>
        <translation>왼쪽 버튼으로 패드에 그리거나, 오른쪽 버튼으로 이미지를 끌어 옮겨 보세요.</translation>
    </message>
    <message>
        <location filename="../../gui/views/feature_maps_view.py" line="106"/>
        <source>probability</source>
        <translation>확률</translation>
    </message>
    <message>
        <location filename="../../gui/views/feature_maps_view.py" line="114"/>
        <source>Layer</source>
        <translation>층</translation>
    </message>
    <message>
        <location filename="../../gui/views/feature_maps_view.py" line="127"/>
        <source>Feature maps</source>
        <translation>특징 맵</translation>
    </message>
    <message>
        <location filename="../../gui/views/feature_maps_view.py" line="188"/>
        <source>Prediction: {0} ({1} %)</source>
        <translation>예측: {0} ({1}%)</translation>
    </message>
    <message>
        <location filename="../../gui/views/feature_maps_view.py" line="191"/>
        <source>true class: {0}</source>
        <translation>실제 클래스: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/views/feature_maps_view.py" line="192"/>
        <source>your drawing</source>
        <translation>직접 그린 그림</translation>
    </message>
    <message>
        <location filename="../../gui/views/feature_maps_view.py" line="218"/>
        <source>input</source>
        <translation>입력</translation>
    </message>
    <message>
        <location filename="../../gui/views/feature_maps_view.py" line="247"/>
        <source>{0}: full colour = ±{1:.3g}</source>
        <translation>{0}: 가장 진한 색 = ±{1:.3g}</translation>
    </message>
</context>
<context>
    <name>FiltersView</name>
    <message>
        <location filename="../../gui/views/filters_view.py" line="23"/>
        <source>Each small square is a kernel: the pattern of weights a convolution looks for everywhere in its input. Grey is 0, blue positive, orange negative. Deeper layers: one row per output map, one column per input map.</source>
        <translation>작은 정사각형 하나하나가 커널, 즉 합성곱이 입력의 모든 곳에서 찾는 가중치 패턴입니다. 회색은 0, 파란색은 양수, 주황색은 음수입니다. 더 깊은 층은 출력 맵마다 한 행, 입력 맵마다 한 열입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/views/filters_view.py" line="40"/>
        <source>Filters</source>
        <translation>필터</translation>
    </message>
    <message>
        <location filename="../../gui/views/filters_view.py" line="45"/>
        <source>This network has no convolution layer, so it has no kernels to show. Add a Conv2d layer in the Layers tab.</source>
        <translation>이 신경망에는 합성곱 층이 없어서 보여 줄 커널이 없습니다. 층 탭에서 Conv2d 층을 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/views/filters_view.py" line="58"/>
        <source>{0}: full colour = ±{1:.3g}</source>
        <translation>{0}: 가장 진한 색 = ±{1:.3g}</translation>
    </message>
</context>
<context>
    <name>GalleryPanel</name>
    <message>
        <location filename="../../gui/panels/gallery.py" line="30"/>
        <source>Demos</source>
        <translation>데모</translation>
    </message>
</context>
<context>
    <name>GradientTimeView</name>
    <message>
        <location filename="../../gui/views/gradient_time_view.py" line="97"/>
        <source>How much of the loss&apos;s gradient reaches each step of the sequence: ‖∂loss/∂h_t‖ (log scale)</source>
        <extracomment>Below this ratio (or above its inverse) the gradient vanishes (explodes). A change a person made waits this long for a snapshot that carries it (s). What a person asked for and when, until a snapshot carries it.</extracomment>
        <translation>손실의 기울기가 시퀀스의 각 스텝에 얼마나 닿는지: ‖∂loss/∂h_t‖ (로그 눈금)</translation>
    </message>
    <message>
        <location filename="../../gui/views/gradient_time_view.py" line="99"/>
        <source>step t of the sequence</source>
        <translation>시퀀스의 스텝 t</translation>
    </message>
    <message>
        <location filename="../../gui/views/gradient_time_view.py" line="106"/>
        <source>training step</source>
        <translation>학습 스텝</translation>
    </message>
    <message>
        <location filename="../../gui/views/gradient_time_view.py" line="110"/>
        <source>clip threshold</source>
        <translation>자르기 문턱값</translation>
    </message>
    <message>
        <location filename="../../gui/views/gradient_time_view.py" line="118"/>
        <source>Clip gradients</source>
        <translation>기울기 자르기</translation>
    </message>
    <message>
        <location filename="../../gui/views/gradient_time_view.py" line="119"/>
        <source>Scale the whole gradient down to the threshold when its norm is larger: exploding gradients stop throwing the weights away.</source>
        <translation>전체 기울기의 노름이 문턱값보다 크면 문턱값으로 줄입니다. 폭발하는 기울기가 더는 가중치를 날려 버리지 못합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/views/gradient_time_view.py" line="141"/>
        <source>Multiply the initial recurrent weights (hidden to hidden) and start again: above about 2 the gradient grows at every step back instead of shrinking.</source>
        <translation>처음 순환 가중치(은닉→은닉)에 곱하고 처음부터 다시 시작합니다. 2쯤을 넘으면 기울기가 거슬러 갈 때마다 줄어들지 않고 커집니다.</translation>
    </message>
    <message>
        <location filename="../../gui/views/gradient_time_view.py" line="146"/>
        <source>threshold</source>
        <translation>문턱값</translation>
    </message>
    <message>
        <location filename="../../gui/views/gradient_time_view.py" line="149"/>
        <source>Recurrent weights at start</source>
        <translation>처음 순환 가중치</translation>
    </message>
    <message>
        <location filename="../../gui/views/gradient_time_view.py" line="113"/>
        <source>The whole gradient over training, ‖∂loss/∂θ‖ before clipping (log scale)</source>
        <translation>학습하는 동안의 전체 기울기, 자르기 전 ‖∂loss/∂θ‖ (로그 눈금)</translation>
    </message>
    <message>
        <location filename="../../gui/views/gradient_time_view.py" line="156"/>
        <source>Gradient through time</source>
        <translation>시간을 거스르는 기울기</translation>
    </message>
    <message>
        <location filename="../../gui/views/gradient_time_view.py" line="218"/>
        <source>Training back-propagates {0} steps at a time (truncated).</source>
        <translation>학습은 한 번에 {0} 스텝씩 역전파합니다 (잘린 역전파).</translation>
    </message>
    <message>
        <location filename="../../gui/views/gradient_time_view.py" line="221"/>
        <source>Training back-propagates through the whole sequence.</source>
        <translation>학습은 시퀀스 전체를 거슬러 역전파합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/views/gradient_time_view.py" line="225"/>
        <source>mean over {0} test sequences, layer {1}; ‖∂loss/∂θ‖ = {2:.3g}</source>
        <translation>테스트 시퀀스 {0}개의 평균, 층 {1}; ‖∂loss/∂θ‖ = {2:.3g}</translation>
    </message>
    <message>
        <location filename="../../gui/views/gradient_time_view.py" line="231"/>
        <source>No gradient reaches the first step: vanishing.</source>
        <translation>첫 스텝에는 기울기가 전혀 닿지 않습니다: 소실.</translation>
    </message>
    <message>
        <location filename="../../gui/views/gradient_time_view.py" line="233"/>
        <source>The gradient at the first step is {0} of the last: vanishing. The first inputs hardly teach the net.</source>
        <translation>첫 스텝의 기울기는 마지막 스텝의 {0}입니다: 소실. 처음 입력은 신경망을 거의 가르치지 못합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/views/gradient_time_view.py" line="237"/>
        <source>The gradient at the first step is {0} times the last: exploding.</source>
        <translation>첫 스텝의 기울기는 마지막 스텝의 {0}배입니다: 폭발.</translation>
    </message>
    <message>
        <location filename="../../gui/views/gradient_time_view.py" line="240"/>
        <source>The gradient at the first step is {0} times the last: it reaches back through the whole sequence.</source>
        <translation>첫 스텝의 기울기는 마지막 스텝의 {0}배입니다: 시퀀스 전체를 거슬러 닿습니다.</translation>
    </message>
</context>
<context>
    <name>HiddenStatesView</name>
    <message>
        <location filename="../../gui/views/hidden_states_view.py" line="71"/>
        <source>…or type text for the net to read</source>
        <extracomment>Typed text reaches the engine this long after the last key (ms). A choice the engine has not drawn yet is sent again after this many seconds.</extracomment>
        <translation>…또는 신경망이 읽을 글을 입력하세요</translation>
    </message>
    <message>
        <location filename="../../gui/views/hidden_states_view.py" line="86"/>
        <source>Click a row to follow that unit. Drag or use the wheel to move along the sequence.</source>
        <translation>행을 클릭하면 그 유닛을 따라갑니다. 끌거나 휠을 돌려 시퀀스를 따라 움직이세요.</translation>
    </message>
    <message>
        <location filename="../../gui/views/hidden_states_view.py" line="93"/>
        <source>step</source>
        <translation>스텝</translation>
    </message>
    <message>
        <location filename="../../gui/views/hidden_states_view.py" line="93"/>
        <source>value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../../gui/views/hidden_states_view.py" line="98"/>
        <source>The sequence in the selected unit&apos;s colours</source>
        <extracomment>The selected unit&apos;s curve: x = step + 0.5, y = its value (for tests).</extracomment>
        <translation>선택한 유닛의 색으로 칠한 시퀀스</translation>
    </message>
    <message>
        <location filename="../../gui/views/hidden_states_view.py" line="108"/>
        <source>Layer</source>
        <translation>층</translation>
    </message>
    <message>
        <location filename="../../gui/views/hidden_states_view.py" line="110"/>
        <source>Show</source>
        <translation>보기</translation>
    </message>
    <message>
        <location filename="../../gui/views/hidden_states_view.py" line="137"/>
        <source>Hidden states</source>
        <translation>은닉 상태</translation>
    </message>
    <message>
        <location filename="../../gui/views/hidden_states_view.py" line="155"/>
        <source>input gate i</source>
        <translation>입력 게이트 i</translation>
    </message>
    <message>
        <location filename="../../gui/views/hidden_states_view.py" line="155"/>
        <source>forget gate f</source>
        <translation>망각 게이트 f</translation>
    </message>
    <message>
        <location filename="../../gui/views/hidden_states_view.py" line="156"/>
        <source>candidate g</source>
        <translation>후보 g</translation>
    </message>
    <message>
        <location filename="../../gui/views/hidden_states_view.py" line="156"/>
        <source>output gate o</source>
        <translation>출력 게이트 o</translation>
    </message>
    <message>
        <location filename="../../gui/views/hidden_states_view.py" line="157"/>
        <source>reset gate r</source>
        <translation>리셋 게이트 r</translation>
    </message>
    <message>
        <location filename="../../gui/views/hidden_states_view.py" line="157"/>
        <source>update gate z</source>
        <translation>갱신 게이트 z</translation>
    </message>
    <message>
        <location filename="../../gui/views/hidden_states_view.py" line="158"/>
        <source>new state n</source>
        <translation>새 상태 n</translation>
    </message>
    <message>
        <location filename="../../gui/views/hidden_states_view.py" line="159"/>
        <source>hidden state h</source>
        <translation>은닉 상태 h</translation>
    </message>
    <message>
        <location filename="../../gui/views/hidden_states_view.py" line="161"/>
        <source>cell state c</source>
        <translation>셀 상태 c</translation>
    </message>
    <message>
        <location filename="../../gui/views/hidden_states_view.py" line="214"/>
        <source>input</source>
        <translation>입력</translation>
    </message>
    <message>
        <location filename="../../gui/views/hidden_states_view.py" line="222"/>
        <source>target</source>
        <translation>정답</translation>
    </message>
    <message>
        <location filename="../../gui/views/hidden_states_view.py" line="224"/>
        <source>predicted</source>
        <translation>예측</translation>
    </message>
    <message>
        <location filename="../../gui/views/hidden_states_view.py" line="230"/>
        <source>{0} {1:g} (closed) … {2} {3:g} (open)</source>
        <translation>{0} {1:g} (닫힘) … {2} {3:g} (열림)</translation>
    </message>
    <message>
        <location filename="../../gui/views/hidden_states_view.py" line="232"/>
        <source>{0} {1:.2g}  {2} 0  {3} +{4:.2g}</source>
        <translation>{0} {1:.2g}  {2} 0  {3} +{4:.2g}</translation>
    </message>
    <message>
        <location filename="../../gui/views/hidden_states_view.py" line="246"/>
        <source>Unit {0} of {1}: {2}</source>
        <translation>{1}의 유닛 {0}: {2}</translation>
    </message>
    <message>
        <location filename="../../gui/views/hidden_states_view.py" line="255"/>
        <source>step {0} «{1}», unit {2}: {3:+.3f}</source>
        <translation>스텝 {0} «{1}», 유닛 {2}: {3:+.3f}</translation>
    </message>
    <message>
        <location filename="../../gui/views/hidden_states_view.py" line="265"/>
        <source>steps {0}–{1} of {2} (drag to move)</source>
        <translation>스텝 {0}–{1} / {2} (끌어서 이동)</translation>
    </message>
</context>
<context>
    <name>ImageDataBox</name>
    <message>
        <location filename="../../gui/panels/image_data.py" line="101"/>
        <source>Open IDX files…</source>
        <extracomment>Copies in the preview strip: the image itself, then augmented variants. Side of one preview tile on screen, in pixels. At most this many of a person&apos;s images train at first (the whole file is kept). Changes to DataSettings fields. A file that cannot be used: the message for the window&apos;s banner. path -&gt; (images (n, h, w), labels, class names) of files checked here.</extracomment>
        <translation>IDX 파일 열기…</translation>
    </message>
    <message>
        <location filename="../../gui/panels/image_data.py" line="103"/>
        <source>MNIST-format images (…-images-idx3-ubyte, may be .gz); the labels file (…-labels-idx1-ubyte) must lie beside it</source>
        <translation>MNIST 형식 이미지(…-images-idx3-ubyte, .gz도 가능)입니다. 레이블 파일(…-labels-idx1-ubyte)이 같은 폴더에 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../../gui/panels/image_data.py" line="106"/>
        <source>Open image folder…</source>
        <translation>이미지 폴더 열기…</translation>
    </message>
    <message>
        <location filename="../../gui/panels/image_data.py" line="108"/>
        <source>A folder with one sub-folder of images per class; the sub-folders&apos; names are the class names</source>
        <translation>클래스마다 이미지 하위 폴더가 하나씩 있는 폴더입니다. 하위 폴더 이름이 클래스 이름이 됩니다</translation>
    </message>
    <message>
        <location filename="../../gui/panels/image_data.py" line="119"/>
        <source>Augmentation of training images</source>
        <translation>학습 이미지 데이터 증강</translation>
    </message>
    <message>
        <location filename="../../gui/panels/image_data.py" line="121"/>
        <source>Mirror</source>
        <translation>좌우 반전</translation>
    </message>
    <message>
        <location filename="../../gui/panels/image_data.py" line="121"/>
        <source>Turn</source>
        <translation>회전</translation>
    </message>
    <message>
        <location filename="../../gui/panels/image_data.py" line="122"/>
        <source>Shift</source>
        <translation>이동</translation>
    </message>
    <message>
        <location filename="../../gui/panels/image_data.py" line="122"/>
        <source>Noise</source>
        <translation>잡음</translation>
    </message>
    <message>
        <location filename="../../gui/panels/image_data.py" line="147"/>
        <source>The first picture is a training image as it is; the others are variants the network may see in its place, a new one at every step</source>
        <translation>첫 그림은 학습 이미지 그대로이고, 나머지는 신경망이 그 대신 볼 수 있는 변형입니다. 스텝마다 새 변형이 만들어집니다</translation>
    </message>
    <message>
        <location filename="../../gui/panels/image_data.py" line="156"/>
        <source>Open IDX images</source>
        <translation>IDX 이미지 열기</translation>
    </message>
    <message>
        <location filename="../../gui/panels/image_data.py" line="157"/>
        <source>IDX images (*images*);;All files (*)</source>
        <translation>IDX 이미지 (*images*);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/image_data.py" line="162"/>
        <source>Open image folder</source>
        <translation>이미지 폴더 열기</translation>
    </message>
    <message>
        <location filename="../../gui/panels/image_data.py" line="189"/>
        <source>Could not open {0}: {1}</source>
        <translation>{0}을(를) 열 수 없습니다: {1}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/image_data.py" line="206"/>
        <source>No file chosen yet.</source>
        <translation>아직 고른 파일이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/image_data.py" line="209"/>
        <source>Loaded: {0}</source>
        <translation>불러옴: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/image_data.py" line="212"/>
        <source>Loaded: {0} — {1} images, {2} classes</source>
        <translation>불러옴: {0} — 이미지 {1}개, 클래스 {2}개</translation>
    </message>
    <message>
        <location filename="../../gui/panels/image_data.py" line="226"/>
        <source>Strength: {0} %</source>
        <translation>강도: {0}%</translation>
    </message>
    <message>
        <location filename="../../gui/panels/image_data.py" line="247"/>
        <source>Mirror left and right: only where a mirrored image is still of its class (a shoe stays a shoe, a 3 does not stay a 3)</source>
        <translation>좌우로 뒤집습니다. 뒤집어도 클래스가 그대로인 이미지에만 알맞습니다(신발은 그대로 신발이지만 3은 3이 아니게 됩니다)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/image_data.py" line="249"/>
        <source>These images must not be mirrored: a mirrored digit is no digit</source>
        <translation>이 이미지는 좌우로 뒤집으면 안 됩니다. 뒤집은 숫자는 숫자가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../gui/panels/image_data.py" line="266"/>
        <source>Open a file to preview its images.</source>
        <translation>파일을 열면 이미지를 미리 볼 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>LandscapeTexts</name>
    <message>
        <location filename="../../gui/views/landscape_texts.py" line="29"/>
        <source>Hessian eigenvalues: largest {0:.3g}, smallest {1:.3g}</source>
        <translation>헤세 행렬 고윳값: 최대 {0:.3g}, 최소 {1:.3g}</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_texts.py" line="15"/>
        <source>Line from {0} (α = 0) to {1} (α = 1)</source>
        <translation>{0}(α = 0)에서 {1}(α = 1)까지의 직선</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_texts.py" line="25"/>
        <source>PCA explains {0:.0f} % + {1:.0f} % of the path</source>
        <translation>PCA가 경로의 {0:.0f} % + {1:.0f} %를 설명합니다</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_texts.py" line="18"/>
        <source>Plane centred on the weights of step {0}</source>
        <translation>스텝 {0}의 가중치를 중심으로 한 평면</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_texts.py" line="37"/>
        <source>a minimum: the loss curves upwards in every direction</source>
        <translation>최솟값: 모든 방향으로 손실이 위로 휘어 있습니다</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_texts.py" line="39"/>
        <source>a saddle point: the loss falls along some directions</source>
        <translation>안장점: 일부 방향으로는 손실이 내려갑니다</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_texts.py" line="21"/>
        <source>losses on the first {0} of {1} training examples</source>
        <translation>학습 예제 {1}개 중 처음 {0}개의 손실</translation>
    </message>
</context>
<context>
    <name>LandscapeView</name>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="71"/>
        <source>Random</source>
        <extracomment>Landscape settings changed: dict of engine LandscapeSettings fields. &quot;Recompute now&quot; pressed. Something a person should read (two files that cannot make a line).</extracomment>
        <translation>무작위</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="72"/>
        <source>PCA of the path</source>
        <translation>경로의 PCA</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="73"/>
        <source>Line: start → now</source>
        <translation>직선: 시작 → 현재</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="74"/>
        <source>Line: file → file…</source>
        <translation>직선: 파일 → 파일…</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="77"/>
        <source>The straight line from one saved experiment&apos;s weights to another&apos;s (both of the network training now)</source>
        <translation>저장한 한 실험의 가중치에서 다른 실험의 가중치까지의 직선 (둘 다 지금 학습 중인 신경망이어야 합니다)</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="82"/>
        <source>per filter</source>
        <translation>필터별</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="82"/>
        <source>per layer</source>
        <translation>층별</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="83"/>
        <source>whole model</source>
        <translation>모델 전체</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="83"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="85"/>
        <source>How random directions are scaled to the weights</source>
        <translation>무작위 방향을 가중치에 맞춰 조정하는 방식</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="86"/>
        <source>Move biases</source>
        <translation>편향도 움직이기</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="99"/>
        <source>by hand</source>
        <translation>직접</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="99"/>
        <source>every 5 s</source>
        <translation>5초마다</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="100"/>
        <source>every 15 s</source>
        <translation>15초마다</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="100"/>
        <source>every 60 s</source>
        <translation>60초마다</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="105"/>
        <source>Log scale</source>
        <translation>로그 스케일</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="106"/>
        <source>1-D slice</source>
        <translation>1차원 단면</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="107"/>
        <source>Show accuracy</source>
        <translation>정확도 보기</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="108"/>
        <source>Training accuracy over the plane instead of the loss</source>
        <translation>손실 대신 평면 위의 학습 정확도</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="109"/>
        <source>3-D surface</source>
        <translation>3차원 곡면</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="110"/>
        <source>Recompute now</source>
        <translation>지금 다시 계산</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="131"/>
        <source>Directions</source>
        <translation>방향</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="133"/>
        <source>Points per axis</source>
        <translation>축당 점 수</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="135"/>
        <source>Range ±</source>
        <translation>범위 ±</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="137"/>
        <source>Recompute</source>
        <translation>다시 계산</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="139"/>
        <source>Scaling</source>
        <translation>크기 조정</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="172"/>
        <source>every {0:g} s</source>
        <translation>{0:g}초마다</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="189"/>
        <source>Two experiment files: the line runs from one to the other</source>
        <translation>실험 파일 두 개: 직선이 한 파일에서 다른 파일로 이어집니다</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="190"/>
        <source>Deepscope experiments (*.deepscope)</source>
        <translation>Deepscope 실험 (*.deepscope)</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="202"/>
        <source>Pick exactly two experiment files for the line (you picked {0}).</source>
        <translation>직선을 그리려면 실험 파일을 정확히 두 개 고르세요 ({0}개를 골랐습니다).</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="211"/>
        <source>A settings-only file has no weights to draw a line to; pick two saved runs.</source>
        <translation>설정만 있는 파일에는 직선을 그을 가중치가 없습니다. 저장한 실행 두 개를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="225"/>
        <source>The landscape is computed while training runs.</source>
        <translation>학습이 진행되는 동안 지형을 계산합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="267"/>
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="268"/>
        <source>log10 loss</source>
        <translation>log10 손실</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="268"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
</context>
<context>
    <name>LayerBuilder</name>
    <message>
        <location filename="../../gui/panels/layer_builder.py" line="76"/>
        <source>Input: {0}</source>
        <extracomment>The stack (a tuple of Layers) after every edit a person made, undo and redo included. A template for another kind of data was picked: the window decides what to load.</extracomment>
        <translation>입력: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_builder.py" line="84"/>
        <source>Replace the layers</source>
        <translation>층 바꾸기</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_builder.py" line="131"/>
        <source>Add {0}</source>
        <translation>{0} 추가</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_builder.py" line="143"/>
        <source>Remove {0}</source>
        <translation>{0} 삭제</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_builder.py" line="150"/>
        <source>Duplicate {0}</source>
        <translation>{0} 복제</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_builder.py" line="164"/>
        <source>Move {0}</source>
        <translation>{0} 이동</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_builder.py" line="172"/>
        <source>Use template {0}</source>
        <translation>템플릿 {0} 사용</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_builder.py" line="184"/>
        <source>Change {0}</source>
        <translation>{0} 변경</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_builder.py" line="264"/>
        <source>Does not fit: {0}</source>
        <translation>맞지 않음: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_builder.py" line="267"/>
        <source>Total: {0} parameters</source>
        <translation>합계: 매개변수 {0}개</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_builder.py" line="268"/>
        <source>Total: —</source>
        <translation>합계: —</translation>
    </message>
</context>
<context>
    <name>LayerParams</name>
    <message>
        <location filename="../../gui/panels/layer_editors.py" line="23"/>
        <source>out features</source>
        <extracomment>The schema&apos;s parameter labels, listed literally so pyside6-lupdate extracts them.</extracomment>
        <translation>출력 특징 수</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_editors.py" line="24"/>
        <source>in features</source>
        <translation>입력 특징 수</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_editors.py" line="24"/>
        <source>bias</source>
        <translation>편향</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_editors.py" line="25"/>
        <source>out channels</source>
        <translation>출력 채널</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_editors.py" line="25"/>
        <source>kernel</source>
        <translation>커널</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_editors.py" line="26"/>
        <source>stride</source>
        <translation>보폭</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_editors.py" line="26"/>
        <source>padding</source>
        <translation>패딩</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_editors.py" line="27"/>
        <source>in channels</source>
        <translation>입력 채널</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_editors.py" line="28"/>
        <source>probability</source>
        <translation>확률</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_editors.py" line="29"/>
        <source>dimensions</source>
        <translation>차원</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_editors.py" line="29"/>
        <source>vocabulary</source>
        <translation>어휘 크기</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_editors.py" line="30"/>
        <source>hidden size</source>
        <translation>은닉 크기</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_editors.py" line="30"/>
        <source>layers</source>
        <translation>층 수</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_editors.py" line="31"/>
        <source>bidirectional</source>
        <translation>양방향</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="51"/>
        <source>Deepscope</source>
        <extracomment>Emitted after each snapshot has been drawn (tests and the screenshot mode wait on it).</extracomment>
        <translation>Deepscope</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="107"/>
        <source>Gallery</source>
        <extracomment>The one holder of the experiment being edited, and of the newest snapshot. The builder&apos;s edits and its design for other data (see gui/stack_editing.py). Starts a new trainer when this one dies, from the newest restore point.</extracomment>
        <translation>갤러리</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="123"/>
        <source>Network</source>
        <translation>신경망</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="124"/>
        <source>Layers</source>
        <translation>층</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="196"/>
        <source>No demo called &apos;{0}&apos;.</source>
        <extracomment>The right pane: output map, landscape and demo views over the curves.</extracomment>
        <translation>&apos;{0}&apos; 데모가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="207"/>
        <location filename="../../gui/main_window.py" line="289"/>
        <source>Deepscope — {0}</source>
        <translation>Deepscope — {0}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="257"/>
        <source>Training stopped after an error: {0}</source>
        <translation>오류가 발생해 학습이 중단되었습니다: {0}</translation>
    </message>
</context>
<context>
    <name>NetworkPanel</name>
    <message>
        <location filename="../../gui/panels/network_structure.py" line="75"/>
        <source>Add a hidden layer</source>
        <translation>은닉층 추가</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_structure.py" line="79"/>
        <source>Remove the last hidden layer</source>
        <translation>마지막 은닉층 제거</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_structure.py" line="94"/>
        <source>Add a neuron</source>
        <translation>뉴런 추가</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_structure.py" line="97"/>
        <source>Remove a neuron</source>
        <translation>뉴런 제거</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_texts.py" line="84"/>
        <source>Assembled in the Layers tab: {0}. The diagram draws perceptrons only (Linear layers and one activation each); edit this network there.</source>
        <translation>층 탭에서 구성한 신경망: {0}. 이 그림은 퍼셉트론(Linear 층과 각각 하나의 활성화 함수)만 그립니다. 이 신경망은 층 탭에서 편집하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_texts.py" line="91"/>
        <source>An encoder-decoder translator: a GRU encoder reads the English words one at a time (word vectors of {0} values, a state of {1}), and its last state, the thought vector, starts a GRU decoder that writes the Korean words. The demo trains one that attends to the English words and one that does not, side by side; the Translation tab draws them at work.</source>
        <translation>인코더-디코더 번역기입니다. GRU 인코더가 영어 단어를 하나씩 읽고(단어 벡터 {0}개 값, 상태 {1}개 값), 그 마지막 상태인 생각 벡터로 GRU 디코더가 한국어 단어를 쓰기 시작합니다. 이 데모는 영어 단어에 주의를 기울이는 번역기와 그렇지 않은 번역기를 나란히 학습시킵니다. &apos;번역&apos; 탭이 둘이 일하는 모습을 그립니다.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_texts.py" line="102"/>
        <source>A captioner: a ConvNet encoder turns the 64×64 picture into an 8×8 grid of cells (one path of 3×3 convolutions reads the shapes, one of 1×1 convolutions the colours), and an LSTM decoder (a state of {0}, word vectors of {1} values) writes the caption one word at a time. The demo trains one that attends to the cells as it writes each word and one that reads only the picture&apos;s vector, side by side; the Captioning tab draws them at work.</source>
        <translation>캡션 생성기: 합성곱 인코더가 64×64 그림을 8×8 칸의 격자로 바꾸고(3×3 합성곱 경로는 모양을, 1×1 합성곱 경로는 색을 읽습니다), LSTM 디코더(상태 {0}, 단어 벡터 {1}개 값)가 캡션을 한 단어씩 씁니다. 데모는 단어를 쓸 때마다 칸들에 어텐션을 두는 것과 그림의 벡터만 읽는 것을 나란히 학습시킵니다. &apos;캡션&apos; 탭이 그 모습을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_texts.py" line="114"/>
        <source>the data&apos;s recurrent network</source>
        <translation>데이터에 맞춘 순환 신경망</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_texts.py" line="116"/>
        <source>This network reads a sequence one step at a time: {0}. Edit it in the Layers tab; the &apos;Unfolded in time&apos; and &apos;Hidden states&apos; tabs draw it at work.</source>
        <translation>이 신경망은 시퀀스를 한 스텝씩 읽습니다: {0}. 층 탭에서 고치세요. &apos;시간으로 펼치기&apos;와 &apos;은닉 상태&apos; 탭이 일하는 모습을 그려 줍니다.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_texts.py" line="127"/>
        <source>{n} inputs ({h}×{w} pixels)</source>
        <translation>입력 {n}개 ({h}×{w} 픽셀)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_texts.py" line="135"/>
        <source>1 hidden layer</source>
        <translation>은닉층 1개</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_texts.py" line="136"/>
        <source>%n hidden layers</source>
        <translation>은닉층 %n개</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_texts.py" line="138"/>
        <source>Layer stack</source>
        <translation>층 구성</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_texts.py" line="140"/>
        <source>Features</source>
        <translation>특성</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_texts.py" line="139"/>
        <source>Pixels</source>
        <translation>픽셀</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_texts.py" line="141"/>
        <source>In</source>
        <translation>입력</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_texts.py" line="143"/>
        <source>1 neuron</source>
        <translation>뉴런 1개</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_texts.py" line="144"/>
        <source>%n neurons</source>
        <translation>뉴런 %n개</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_texts.py" line="146"/>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_texts.py" line="147"/>
        <source>Out</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_panel.py" line="274"/>
        <source>Bias of {name}</source>
        <extracomment>(height, width) of the examples for image data (the digits: no features, one input block, first-layer weights drawn as pictures); None for 2-D points. Translation data: the translators are built from settings, not a stack. Captioned scenes: the captioners are built from settings, not a stack.</extracomment>
        <translation>{name}의 편향</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_panel.py" line="280"/>
        <source>Weight from {source} to {target}</source>
        <translation>가중치: {source} → {target}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_panel.py" line="288"/>
        <source>New value:</source>
        <translation>새 값:</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_texts.py" line="50"/>
        <source>Every pixel feeds {target}</source>
        <translation>모든 픽셀이 {target}에 들어갑니다</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_texts.py" line="54"/>
        <source>The picture shows its weight on each pixel: blue excites it, orange inhibits it</source>
        <translation>그림은 픽셀마다의 가중치입니다. 파란색은 활성화하고 주황색은 억제합니다</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_texts.py" line="59"/>
        <source>Click to switch this input off</source>
        <translation>클릭하면 이 입력을 끕니다</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_texts.py" line="61"/>
        <source>Off. Click to switch it on</source>
        <translation>꺼져 있음. 클릭하면 켭니다</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_texts.py" line="66"/>
        <source>Weight {value}</source>
        <translation>가중치 {value}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_texts.py" line="68"/>
        <source>from {source} to {target}</source>
        <translation>{source} → {target}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_texts.py" line="70"/>
        <source>Click to edit the weight</source>
        <translation>클릭하면 가중치를 편집합니다</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_texts.py" line="73"/>
        <source>Bias {value}</source>
        <translation>편향 {value}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_texts.py" line="76"/>
        <source>Shift+click, or click the small square, to edit the bias</source>
        <translation>편향을 편집하려면 Shift+클릭하거나 작은 사각형을 클릭하세요</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_texts.py" line="32"/>
        <source>class {index}</source>
        <translation>클래스 {index}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_texts.py" line="34"/>
        <source>the output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_texts.py" line="35"/>
        <source>neuron {unit} of layer {layer}</source>
        <translation>{layer}층의 {unit}번 뉴런</translation>
    </message>
</context>
<context>
    <name>OutputPane</name>
    <message>
        <location filename="../../gui/output_pane.py" line="35"/>
        <source>The {0} view could not draw this run ({1}); the other views go on.</source>
        <extracomment>Every view draws through it: a view&apos;s exception stays in that view.</extracomment>
        <translation>{0} 보기가 이 실행을 그리지 못했습니다({1}). 다른 보기는 계속 그립니다.</translation>
    </message>
    <message>
        <location filename="../../gui/output_pane.py" line="42"/>
        <source>Loss landscape</source>
        <translation>손실 지형</translation>
    </message>
    <message>
        <location filename="../../gui/output_pane.py" line="66"/>
        <source>curves</source>
        <extracomment>The demo views and the comparison of runs (gui/view_tabs.py).</extracomment>
        <translation>곡선</translation>
    </message>
    <message>
        <location filename="../../gui/output_pane.py" line="41"/>
        <source>Output</source>
        <translation>출력</translation>
    </message>
</context>
<context>
    <name>OwnPointsBox</name>
    <message>
        <location filename="../../gui/panels/own_points.py" line="48"/>
        <source>A file with columns x1, x2, label (or value)</source>
        <translation>x1, x2, 레이블(또는 값) 열이 있는 파일</translation>
    </message>
    <message>
        <location filename="../../gui/panels/own_points.py" line="67"/>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV 파일 (*.csv *.txt *.tsv);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/own_points.py" line="43"/>
        <source>Clear all points</source>
        <translation>모든 점 지우기</translation>
    </message>
    <message>
        <location filename="../../gui/panels/own_points.py" line="61"/>
        <source>Click adds +1</source>
        <translation>클릭하면 값이 +1인 점 추가</translation>
    </message>
    <message>
        <location filename="../../gui/panels/own_points.py" line="37"/>
        <location filename="../../gui/panels/own_points.py" line="62"/>
        <source>Click adds blue (class 1)</source>
        <translation>클릭하면 파란색 점 추가 (클래스 1)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/own_points.py" line="36"/>
        <location filename="../../gui/panels/own_points.py" line="60"/>
        <source>Click adds orange (class 0)</source>
        <translation>클릭하면 주황색 점 추가 (클래스 0)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/own_points.py" line="59"/>
        <source>Click adds −1</source>
        <translation>클릭하면 값이 −1인 점 추가</translation>
    </message>
    <message>
        <location filename="../../gui/panels/own_points.py" line="35"/>
        <source>Click does nothing</source>
        <translation>클릭해도 점을 추가하지 않음</translation>
    </message>
    <message>
        <location filename="../../gui/panels/own_points.py" line="76"/>
        <source>Could not import {0}</source>
        <translation>{0} 파일을 가져올 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../gui/panels/own_points.py" line="47"/>
        <source>Import CSV…</source>
        <translation>CSV 가져오기…</translation>
    </message>
    <message>
        <location filename="../../gui/panels/own_points.py" line="66"/>
        <source>Import points</source>
        <translation>점 가져오기</translation>
    </message>
    <message>
        <location filename="../../gui/panels/own_points.py" line="44"/>
        <source>Start from an empty plane and draw your own data</source>
        <translation>빈 평면에서 시작해 직접 데이터를 찍어 보세요</translation>
    </message>
    <message>
        <location filename="../../gui/panels/own_points.py" line="31"/>
        <source>Your own points</source>
        <extracomment>Changes to DataSettings fields (custom points, the &quot;custom&quot; dataset). A file that cannot be imported: (title, message).</extracomment>
        <translation>직접 만든 점</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <location filename="../../gui/panels/layer_palette.py" line="25"/>
        <source>Core</source>
        <translation>기본</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_palette.py" line="25"/>
        <source>Activations</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_palette.py" line="26"/>
        <source>Convolution</source>
        <translation>합성곱</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_palette.py" line="26"/>
        <source>Normalisation</source>
        <translation>정규화</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_palette.py" line="27"/>
        <source>Recurrent</source>
        <translation>순환</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_palette.py" line="27"/>
        <source>Structure</source>
        <translation>구조</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_palette.py" line="37"/>
        <source>Add {0} after the selected layer (into a selected residual block)</source>
        <translation>선택한 층 뒤에 {0} 추가 (선택한 잔차 블록이면 그 안에)</translation>
    </message>
</context>
<context>
    <name>ParamEditors</name>
    <message>
        <location filename="../../gui/panels/layer_editors.py" line="109"/>
        <source>auto</source>
        <translation>자동</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_editors.py" line="110"/>
        <source>{0}: {1:g} to {2:g}, or auto (inferred from the input)</source>
        <translation>{0}: {1:g}부터 {2:g}까지, 또는 자동(입력에서 추론)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_editors.py" line="112"/>
        <source>{0}: {1:g} to {2:g}</source>
        <translation>{0}: {1:g}부터 {2:g}까지</translation>
    </message>
</context>
<context>
    <name>PerceptronView</name>
    <message>
        <location filename="../../gui/views/perceptron_view.py" line="78"/>
        <source>step</source>
        <translation>계단 함수</translation>
    </message>
    <message>
        <location filename="../../gui/views/perceptron_view.py" line="78"/>
        <source>sigmoid</source>
        <translation>시그모이드</translation>
    </message>
    <message>
        <location filename="../../gui/views/perceptron_view.py" line="79"/>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <location filename="../../gui/views/perceptron_view.py" line="79"/>
        <source>relu</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location filename="../../gui/views/perceptron_view.py" line="80"/>
        <source>linear</source>
        <translation>선형</translation>
    </message>
    <message>
        <location filename="../../gui/views/perceptron_view.py" line="84"/>
        <source>This choice changes only the picture. Training always uses the sigmoid with cross-entropy: the sigmoid is the smooth version of the step, and the step has no gradient to learn from.</source>
        <translation>이 선택은 그림만 바꿉니다. 학습에는 언제나 시그모이드와 교차 엔트로피를 씁니다. 시그모이드는 계단 함수를 매끄럽게 만든 것이고, 계단 함수에는 배울 기울기가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/views/perceptron_view.py" line="97"/>
        <source>The inputs x are the point&apos;s features divided by their typical size (x₁ = X₁/3, x₂ = X₂/3), the numbers the network gets.</source>
        <translation>입력 x는 점의 특징을 그 전형적인 크기로 나눈 값(x₁ = X₁/3, x₂ = X₂/3)으로, 신경망이 실제로 받는 숫자입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/views/perceptron_view.py" line="108"/>
        <source>Why one unit stops near 75 % on XOR: it answers by the sign of z = w·x + b, so one straight line splits the plane into two half-planes. XOR needs the two diagonal corners (top right, bottom left) on the same side, which no line allows; the best a line can do is cut off one corner: 3 quadrants of 4.</source>
        <translation>유닛 하나가 XOR에서 75 % 근처에 멈추는 이유: 유닛은 z = w·x + b의 부호로 답하므로 직선 하나가 평면을 두 반평면으로 나눕니다. XOR은 대각선의 두 구석(오른쪽 위, 왼쪽 아래)이 같은 쪽에 있어야 하는데, 어떤 직선도 그렇게 할 수 없습니다. 직선이 할 수 있는 최선은 구석 하나를 잘라 내는 것, 즉 사분면 4개 중 3개입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/views/perceptron_view.py" line="113"/>
        <source>Add a hidden layer</source>
        <translation>은닉층 추가</translation>
    </message>
    <message>
        <location filename="../../gui/views/perceptron_view.py" line="115"/>
        <source>Four tanh units between the inputs and the output; then press play</source>
        <translation>입력과 출력 사이에 tanh 유닛 4개를 넣습니다. 그다음 재생을 누르세요</translation>
    </message>
    <message>
        <location filename="../../gui/views/perceptron_view.py" line="132"/>
        <source>Output f(z) drawn with:</source>
        <translation>출력 f(z)를 그릴 함수:</translation>
    </message>
    <message>
        <location filename="../../gui/views/perceptron_view.py" line="134"/>
        <source>Training always uses the sigmoid.</source>
        <translation>학습에는 언제나 시그모이드를 씁니다.</translation>
    </message>
    <message>
        <location filename="../../gui/views/perceptron_view.py" line="54"/>
        <source>Back to one unit</source>
        <extracomment>After a person changes a weight, snapshots made before the trainer saw the change would pull the slider back for a moment: ignore the engine&apos;s value this long. Milliseconds between two SetWeight commands while a slider is dragged.</extracomment>
        <translation>유닛 하나로 돌아가기</translation>
    </message>
    <message>
        <location filename="../../gui/views/perceptron_view.py" line="153"/>
        <source>Perceptron</source>
        <translation>퍼셉트론</translation>
    </message>
    <message>
        <location filename="../../gui/views/perceptron_view.py" line="188"/>
        <source>This view shows one unit with a sigmoid, which draws one line between two classes; it needs a dataset with two classes (this one is {0}).</source>
        <translation>이 보기는 시그모이드 유닛 하나를 보여 주며, 이 유닛은 두 클래스 사이에 직선 하나를 긋습니다. 클래스가 두 개인 데이터셋이 필요합니다(지금 데이터는 {0}입니다).</translation>
    </message>
    <message>
        <location filename="../../gui/views/perceptron_view.py" line="190"/>
        <source>a regression</source>
        <translation>회귀</translation>
    </message>
    <message>
        <location filename="../../gui/views/perceptron_view.py" line="191"/>
        <source>{0} classes</source>
        <translation>클래스 {0}개</translation>
    </message>
    <message>
        <location filename="../../gui/views/perceptron_view.py" line="195"/>
        <source>This view shows a single unit: the inputs go straight to one output, with no hidden layer. The network now has hidden layers (or a stack from the layer builder); go back to one unit to see its weights, its weighted sum and its line.</source>
        <translation>이 보기는 유닛 하나를 보여 줍니다. 은닉층 없이 입력이 곧바로 출력 하나로 갑니다. 지금 신경망에는 은닉층이 있습니다(또는 층 빌더의 구성입니다). 가중치와 가중합, 직선을 보려면 유닛 하나로 돌아가세요.</translation>
    </message>
    <message>
        <location filename="../../gui/views/perceptron_view.py" line="273"/>
        <source>Move the mouse over the plane to see the weighted sum at a point.</source>
        <translation>평면 위에 마우스를 올리면 그 점의 가중합이 보입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/views/perceptron_view.py" line="278"/>
        <source>At ({0}, {1}): {2}</source>
        <translation>({0}, {1})에서: {2}</translation>
    </message>
    <message>
        <location filename="../../gui/views/perceptron_view.py" line="285"/>
        <source>Accuracy of this line:
train {0}, test {1}</source>
        <translation>이 직선의 정확도:
학습 {0}, 테스트 {1}</translation>
    </message>
</context>
<context>
    <name>PictureFile</name>
    <message>
        <location filename="../../gui/views/picture_file.py" line="34"/>
        <source>{0} cannot be opened: there is no such file</source>
        <extracomment>The longest side a picture may have, in pixels. What the file dialog offers.</extracomment>
        <translation>{0}을(를) 열 수 없습니다: 그런 파일이 없습니다</translation>
    </message>
    <message>
        <location filename="../../gui/views/picture_file.py" line="40"/>
        <source>{0} is not a picture Qt can read: {1}</source>
        <translation>{0}은(는) Qt가 읽을 수 있는 그림이 아닙니다: {1}</translation>
    </message>
    <message>
        <location filename="../../gui/views/picture_file.py" line="47"/>
        <source>{0} cannot be read as a picture: {1}</source>
        <translation>{0}을(를) 그림으로 읽을 수 없습니다: {1}</translation>
    </message>
    <message>
        <location filename="../../gui/views/picture_file.py" line="56"/>
        <source>{0} is {1}×{2} pixels: pictures up to {3} pixels a side can be captioned; make it smaller first</source>
        <translation>{0}은(는) {1}×{2} 픽셀입니다: 한 변이 {3} 픽셀 이하인 그림에만 캡션을 붙일 수 있으니 먼저 줄이세요</translation>
    </message>
    <message>
        <location filename="../../gui/views/picture_file.py" line="86"/>
        <source>Pictures ({0});;All files (*)</source>
        <translation>그림 ({0});;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>PoolingView</name>
    <message>
        <location filename="../../gui/views/pooling_view.py" line="25"/>
        <source>right </source>
        <translation>오른쪽 </translation>
    </message>
    <message>
        <location filename="../../gui/views/pooling_view.py" line="25"/>
        <source>down </source>
        <translation>아래 </translation>
    </message>
    <message>
        <location filename="../../gui/views/pooling_view.py" line="28"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../../gui/views/pooling_view.py" line="31"/>
        <source>layer</source>
        <translation>층</translation>
    </message>
    <message>
        <location filename="../../gui/views/pooling_view.py" line="31"/>
        <source>relative change</source>
        <translation>상대 변화</translation>
    </message>
    <message>
        <location filename="../../gui/views/pooling_view.py" line="36"/>
        <source>Shift the input</source>
        <translation>입력 이동</translation>
    </message>
    <message>
        <location filename="../../gui/views/pooling_view.py" line="53"/>
        <source>Pooling</source>
        <translation>풀링</translation>
    </message>
    <message>
        <location filename="../../gui/views/pooling_view.py" line="62"/>
        <source>input</source>
        <translation>입력</translation>
    </message>
    <message>
        <location filename="../../gui/views/pooling_view.py" line="66"/>
        <source>an image</source>
        <translation>원래 이미지</translation>
    </message>
    <message>
        <location filename="../../gui/views/pooling_view.py" line="68"/>
        <source>shifted by ({0}, {1})</source>
        <translation>({0}, {1})만큼 이동</translation>
    </message>
    <message>
        <location filename="../../gui/views/pooling_view.py" line="74"/>
        <source>Shifting {0} test images by ({1}, {2}) pixels changes the pixels by {3:.0%} and the predicted class of {4:.0%} of them.</source>
        <translation>테스트 이미지 {0}개를 ({1}, {2}) 픽셀만큼 옮기면 픽셀이 {3:.0%} 바뀌고, 이미지 {4:.0%}의 예측 클래스가 바뀝니다.</translation>
    </message>
    <message>
        <location filename="../../gui/views/pooling_view.py" line="80"/>
        <source>This network has no pooling layer: add a MaxPool2d after a ReLU to see it change less.</source>
        <translation>이 신경망에는 풀링 층이 없습니다. ReLU 뒤에 MaxPool2d를 추가하면 변화가 줄어드는 것을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/views/pooling_view.py" line="86"/>
        <source>Layer {0} changes by {1:.0%}, the layer before it by {2:.0%}.</source>
        <translation>층 {0}은(는) {1:.0%}, 그 앞 층은 {2:.0%} 바뀝니다.</translation>
    </message>
</context>
<context>
    <name>ProbeView</name>
    <message>
        <location filename="../../gui/views/probe_view.py" line="78"/>
        <source>Measuring… (the first picture comes with the next snapshot)</source>
        <extracomment>The probe this view reads; set by each view. The probe&apos;s refusal of what a person just asked for (text the model cannot read, an image of another size): said above the picture, so the controls to fix it stay in reach.</extracomment>
        <translation>측정 중… (첫 그림은 다음 스냅숏과 함께 옵니다)</translation>
    </message>
</context>
<context>
    <name>ProjectorControls</name>
    <message>
        <location filename="../../gui/views/projector_controls.py" line="47"/>
        <source>Whose vectors: a layer&apos;s activations on the test examples, or a word model&apos;s word vectors</source>
        <extracomment>The layer combo&apos;s data for &quot;the word model&apos;s vectors&quot;. The probe&apos;s options changed (a person&apos;s choice): the view sends them. The projection changed (PCA 2-D, 3-D, t-SNE).</extracomment>
        <translation>어떤 벡터를 볼지: 테스트 예제에 대한 한 층의 활성값, 또는 단어 모델의 단어 벡터</translation>
    </message>
    <message>
        <location filename="../../gui/views/projector_controls.py" line="51"/>
        <source>PCA 2-D</source>
        <translation>PCA 2차원</translation>
    </message>
    <message>
        <location filename="../../gui/views/projector_controls.py" line="51"/>
        <source>PCA 3-D</source>
        <translation>PCA 3차원</translation>
    </message>
    <message>
        <location filename="../../gui/views/projector_controls.py" line="52"/>
        <source>t-SNE</source>
        <translation>t-SNE</translation>
    </message>
    <message>
        <location filename="../../gui/views/projector_controls.py" line="55"/>
        <source>PCA is recomputed at every frame; in 3-D, drag to turn the cloud. t-SNE lays the points out by their neighbourhoods and runs in the trainer while the model keeps learning.</source>
        <translation>PCA는 프레임마다 새로 계산합니다. 3차원에서는 끌어서 점 구름을 돌려 보세요. t-SNE는 점들을 이웃 관계에 따라 배치하며, 모델이 계속 학습하는 동안 학습 프로세스에서 실행됩니다.</translation>
    </message>
    <message>
        <location filename="../../gui/views/projector_controls.py" line="61"/>
        <source>Roughly how many neighbours each point keeps close (at most a third of the points)</source>
        <translation>점마다 가까이 두는 이웃의 대략적인 수(최대 전체 점의 3분의 1)</translation>
    </message>
    <message>
        <location filename="../../gui/views/projector_controls.py" line="65"/>
        <source>Pulls clusters tighter after the first 250 iterations (1: plain t-SNE)</source>
        <translation>처음 250번의 반복 뒤에 무리를 더 촘촘하게 모읍니다(1: 보통의 t-SNE)</translation>
    </message>
    <message>
        <location filename="../../gui/views/projector_controls.py" line="67"/>
        <source>auto</source>
        <translation>자동</translation>
    </message>
    <message>
        <location filename="../../gui/views/projector_controls.py" line="69"/>
        <source>Step size of t-SNE&apos;s gradient descent; auto: the number of points over the exaggeration, at least 200</source>
        <translation>t-SNE 경사 하강법의 보폭입니다. 자동: 점의 수를 과장 계수로 나눈 값이며 최소 200입니다</translation>
    </message>
    <message>
        <location filename="../../gui/views/projector_controls.py" line="73"/>
        <source>Run t-SNE again</source>
        <translation>t-SNE 다시 실행</translation>
    </message>
    <message>
        <location filename="../../gui/views/projector_controls.py" line="74"/>
        <source>Start again from the current layout, on the vectors of the current step</source>
        <translation>지금의 배치에서, 현재 단계의 벡터로 다시 시작합니다</translation>
    </message>
    <message>
        <location filename="../../gui/views/projector_controls.py" line="88"/>
        <source>Vectors</source>
        <extracomment>t-SNE&apos;s run number (0: off); a new number asks the engine for a new run.</extracomment>
        <translation>벡터</translation>
    </message>
    <message>
        <location filename="../../gui/views/projector_controls.py" line="91"/>
        <source>Projection</source>
        <translation>투영</translation>
    </message>
    <message>
        <location filename="../../gui/views/projector_controls.py" line="97"/>
        <source>Perplexity</source>
        <translation>퍼플렉서티</translation>
    </message>
    <message>
        <location filename="../../gui/views/projector_controls.py" line="98"/>
        <source>Exaggeration</source>
        <translation>과장 계수</translation>
    </message>
    <message>
        <location filename="../../gui/views/projector_controls.py" line="99"/>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../gui/views/projector_controls.py" line="156"/>
        <source>Word vectors</source>
        <translation>단어 벡터</translation>
    </message>
    <message>
        <location filename="../../gui/views/projector_controls.py" line="169"/>
        <source>Thought vectors: {0}</source>
        <translation>생각 벡터: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/views/projector_controls.py" line="175"/>
        <source>Input ({0} values)</source>
        <translation>입력 (값 {0}개)</translation>
    </message>
    <message>
        <location filename="../../gui/views/projector_controls.py" line="177"/>
        <source>Output {0} ({1} values)</source>
        <translation>출력 {0} (값 {1}개)</translation>
    </message>
    <message>
        <location filename="../../gui/views/projector_controls.py" line="178"/>
        <source>Layer {0}: {1} ({2} values)</source>
        <translation>{0}번 층: {1} (값 {2}개)</translation>
    </message>
    <message>
        <location filename="../../gui/views/projector_controls.py" line="183"/>
        <source>waiting for the first iterations…</source>
        <translation>첫 반복을 기다리는 중…</translation>
    </message>
    <message>
        <location filename="../../gui/views/projector_controls.py" line="187"/>
        <source>settled: {0} iterations, on step {1}</source>
        <translation>수렴함: 반복 {0}번, {1}단계의 벡터</translation>
    </message>
    <message>
        <location filename="../../gui/views/projector_controls.py" line="190"/>
        <source>iteration {0} of {1} (vectors of step {2})</source>
        <translation>반복 {0} / {1} ({2}단계의 벡터)</translation>
    </message>
</context>
<context>
    <name>ProjectorLegend</name>
    <message>
        <location filename="../../gui/views/projector_legend.py" line="21"/>
        <source>days</source>
        <translation>요일</translation>
    </message>
    <message>
        <location filename="../../gui/views/projector_legend.py" line="22"/>
        <source>months</source>
        <translation>달</translation>
    </message>
    <message>
        <location filename="../../gui/views/projector_legend.py" line="23"/>
        <source>countries</source>
        <translation>나라</translation>
    </message>
    <message>
        <location filename="../../gui/views/projector_legend.py" line="24"/>
        <source>capitals</source>
        <translation>수도</translation>
    </message>
    <message>
        <location filename="../../gui/views/projector_legend.py" line="25"/>
        <source>numbers</source>
        <translation>수</translation>
    </message>
    <message>
        <location filename="../../gui/views/projector_legend.py" line="26"/>
        <source>colours</source>
        <translation>색깔</translation>
    </message>
    <message>
        <location filename="../../gui/views/projector_legend.py" line="27"/>
        <source>animals</source>
        <translation>동물</translation>
    </message>
    <message>
        <location filename="../../gui/views/projector_legend.py" line="28"/>
        <source>family</source>
        <translation>가족</translation>
    </message>
    <message>
        <location filename="../../gui/views/projector_legend.py" line="29"/>
        <source>jobs</source>
        <translation>직업</translation>
    </message>
    <message>
        <location filename="../../gui/views/projector_legend.py" line="30"/>
        <source>food</source>
        <translation>음식</translation>
    </message>
    <message>
        <location filename="../../gui/views/projector_legend.py" line="31"/>
        <source>verbs, present</source>
        <translation>동사, 현재</translation>
    </message>
    <message>
        <location filename="../../gui/views/projector_legend.py" line="32"/>
        <source>verbs, past</source>
        <translation>동사, 과거</translation>
    </message>
    <message>
        <location filename="../../gui/views/projector_legend.py" line="33"/>
        <source>other words</source>
        <translation>그 밖의 단어</translation>
    </message>
    <message>
        <location filename="../../gui/views/projector_legend.py" line="46"/>
        <source>Click a group to ring its points; click it again to clear</source>
        <extracomment>The group whose members to ring, or -1 for none.</extracomment>
        <translation>무리를 누르면 그 점들에 고리가 표시됩니다. 다시 누르면 지워집니다</translation>
    </message>
</context>
<context>
    <name>ProjectorSide</name>
    <message>
        <location filename="../../gui/views/projector_side.py" line="83"/>
        <source>Search a label</source>
        <extracomment>The point to select (a neighbour clicked, a search hit, an analogy&apos;s answer). Points to ring beside the selected one (search matches).</extracomment>
        <translation>이름표 검색</translation>
    </message>
    <message>
        <location filename="../../gui/views/projector_side.py" line="91"/>
        <source>k = </source>
        <translation>k = </translation>
    </message>
    <message>
        <location filename="../../gui/views/projector_side.py" line="92"/>
        <source>How many nearest neighbours to list</source>
        <translation>보여 줄 최근접 이웃의 수</translation>
    </message>
    <message>
        <location filename="../../gui/views/projector_side.py" line="94"/>
        <location filename="../../gui/views/projector_side.py" line="145"/>
        <source>Click a point to see its nearest neighbours.</source>
        <translation>점을 클릭하면 가장 가까운 이웃을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../gui/views/projector_side.py" line="109"/>
        <source>Analogy: a − b + c</source>
        <translation>유추: a − b + c</translation>
    </message>
    <message>
        <location filename="../../gui/views/projector_side.py" line="111"/>
        <source>paris</source>
        <translation>파리</translation>
    </message>
    <message>
        <location filename="../../gui/views/projector_side.py" line="111"/>
        <source>france</source>
        <translation>프랑스</translation>
    </message>
    <message>
        <location filename="../../gui/views/projector_side.py" line="112"/>
        <source>italy</source>
        <translation>이탈리아</translation>
    </message>
    <message>
        <location filename="../../gui/views/projector_side.py" line="115"/>
        <source>Solve</source>
        <translation>풀기</translation>
    </message>
    <message>
        <location filename="../../gui/views/projector_side.py" line="139"/>
        <source>Analogies are arithmetic on word vectors (Paris − France + Italy ≈ Rome). These points are test examples, not words: there is no &apos;a&apos;, &apos;b&apos; or &apos;c&apos; to name. Show a word model&apos;s vectors to use it.</source>
        <translation>유추는 단어 벡터의 산술입니다(파리 − 프랑스 + 이탈리아 ≈ 로마). 이 점들은 단어가 아니라 테스트 예제라서 &apos;a&apos;, &apos;b&apos;, &apos;c&apos;로 이름을 댈 것이 없습니다. 쓰려면 단어 모델의 벡터를 보여 주세요.</translation>
    </message>
    <message>
        <location filename="../../gui/views/projector_side.py" line="162"/>
        <source>Nearest to {0} (cosine similarity):</source>
        <translation>{0}에 가장 가까운 점(코사인 유사도):</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/views/projector_side.py" line="178"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n개 일치</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/views/projector_side.py" line="196"/>
        <source>Not in the vocabulary: {0}</source>
        <translation>어휘에 없음: {0}</translation>
    </message>
</context>
<context>
    <name>ProjectorView</name>
    <message>
        <location filename="../../gui/views/projector_view.py" line="70"/>
        <source>Projector</source>
        <extracomment>A word model&apos;s own probe (its matrix, words and groups), shown when it is there. The drawn frame: its points, the last PCA&apos;s components (for their signs).</extracomment>
        <translation>프로젝터</translation>
    </message>
    <message>
        <location filename="../../gui/views/projector_view.py" line="125"/>
        <source>{0} words</source>
        <translation>단어 {0}개</translation>
    </message>
    <message>
        <location filename="../../gui/views/projector_view.py" line="126"/>
        <source>{0} of {1} test examples</source>
        <translation>테스트 예제 {1}개 중 {0}개</translation>
    </message>
    <message>
        <location filename="../../gui/views/projector_view.py" line="128"/>
        <source>the thought vectors of {0} sentences with {1} meanings (colour: the meaning)</source>
        <translation>뜻이 {1}가지인 문장 {0}개의 생각 벡터 (색: 뜻)</translation>
    </message>
    <message>
        <location filename="../../gui/views/projector_view.py" line="131"/>
        <source>t-SNE of {0}: nearby points have similar vectors; distances between clusters mean little.</source>
        <translation>{0}의 t-SNE: 가까운 점은 벡터가 비슷합니다. 무리 사이의 거리에는 큰 뜻이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/views/projector_view.py" line="135"/>
        <source>PCA of {0}, share of the variance: {1}</source>
        <translation>{0}의 PCA, 분산의 비율: {1}</translation>
    </message>
</context>
<context>
    <name>RecurrentTrainingBox</name>
    <message>
        <location filename="../../gui/panels/recurrent_training.py" line="36"/>
        <source> steps</source>
        <translation> 스텝</translation>
    </message>
    <message>
        <location filename="../../gui/panels/recurrent_training.py" line="39"/>
        <source>Back-propagate through at most this many steps: the hidden state is carried on, but the gradient stops at each chunk&apos;s start. Faster, and blind to longer dependencies.</source>
        <translation>최대 이 스텝 수만큼만 거슬러 역전파합니다. 은닉 상태는 이어지지만 기울기는 각 조각의 시작에서 멈춥니다. 더 빠르지만 더 긴 의존 관계는 보지 못합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/recurrent_training.py" line="46"/>
        <source>Clip gradients at norm</source>
        <translation>기울기 자르기, 노름</translation>
    </message>
    <message>
        <location filename="../../gui/panels/recurrent_training.py" line="48"/>
        <source>Scale the whole gradient down to this norm when it is larger: a recurrent net&apos;s exploding gradients then take bounded steps</source>
        <translation>전체 기울기가 이 노름보다 크면 이 값으로 줄입니다. 그러면 순환 신경망의 폭발하는 기울기도 한정된 스텝만 내딛습니다</translation>
    </message>
    <message>
        <location filename="../../gui/panels/recurrent_training.py" line="29"/>
        <source>Training through time</source>
        <extracomment>One training setting: (field of TrainSettings, value).</extracomment>
        <translation>시간을 거스르는 학습</translation>
    </message>
    <message>
        <location filename="../../gui/panels/recurrent_training.py" line="43"/>
        <source>Truncate back-propagation to</source>
        <translation>역전파를 자를 길이</translation>
    </message>
    <message>
        <location filename="../../gui/panels/recurrent_training.py" line="35"/>
        <source>whole sequence</source>
        <extracomment>The training settings shown; an edit is remembered at once.</extracomment>
        <translation>시퀀스 전체</translation>
    </message>
</context>
<context>
    <name>RnnViewBase</name>
    <message>
        <location filename="../../gui/views/rnn_view_base.py" line="42"/>
        <source>This view follows a recurrent network as it reads a sequence; these data are not sequences. Pick sequence data in the Data tab (brackets to count, a token to remember, a sine, text).</source>
        <extracomment>Layer kinds of the layer builder that carry a state through time. Gates squashed by tanh (values in -1..1); the others are sigmoids (0..1).</extracomment>
        <translation>이 보기는 순환 신경망이 시퀀스를 읽는 모습을 따라갑니다. 지금 데이터는 시퀀스가 아닙니다. 데이터 탭에서 시퀀스 데이터(세야 할 괄호, 기억할 기호, 사인파, 텍스트)를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/views/rnn_view_base.py" line="47"/>
        <source>This view needs a recurrent layer (RNN, LSTM or GRU) in the Layers tab: it is the layer that carries a state from one step to the next.</source>
        <translation>이 보기에는 층 탭의 순환 층(RNN, LSTM, GRU)이 필요합니다. 한 스텝에서 다음 스텝으로 상태를 넘기는 층입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/views/rnn_view_base.py" line="65"/>
        <source>test sequence </source>
        <translation>테스트 시퀀스 </translation>
    </message>
</context>
<context>
    <name>SamplingView</name>
    <message>
        <location filename="../../gui/views/sampling_view.py" line="36"/>
        <source>The text the net goes on from</source>
        <extracomment>The temperature slider counts tenths: 0.1 .. 2.0.</extracomment>
        <translation>신경망이 이어 쓸 글</translation>
    </message>
    <message>
        <location filename="../../gui/views/sampling_view.py" line="43"/>
        <source>Low: the net picks its likeliest next character (safe, repetitive). High: it takes more chances (varied, then garbled).</source>
        <translation>낮으면 가장 그럴듯한 다음 글자를 고릅니다(안전하지만 반복적). 높으면 더 모험합니다(다양하다가 엉망이 됨).</translation>
    </message>
    <message>
        <location filename="../../gui/views/sampling_view.py" line="52"/>
        <source>length </source>
        <translation>길이 </translation>
    </message>
    <message>
        <location filename="../../gui/views/sampling_view.py" line="57"/>
        <source>seed </source>
        <translation>시드 </translation>
    </message>
    <message>
        <location filename="../../gui/views/sampling_view.py" line="60"/>
        <source>Write</source>
        <translation>쓰기</translation>
    </message>
    <message>
        <location filename="../../gui/views/sampling_view.py" line="72"/>
        <source>Prompt</source>
        <translation>프롬프트</translation>
    </message>
    <message>
        <location filename="../../gui/views/sampling_view.py" line="76"/>
        <source>Temperature</source>
        <translation>온도</translation>
    </message>
    <message>
        <location filename="../../gui/views/sampling_view.py" line="94"/>
        <source>Write text</source>
        <extracomment>True once a person asked for something (the prompt box is theirs from then on).</extracomment>
        <translation>글쓰기</translation>
    </message>
    <message>
        <location filename="../../gui/views/sampling_view.py" line="118"/>
        <source>Writing needs a character model: text data with a next-character target. These data are a series of numbers.</source>
        <translation>글을 쓰려면 문자 모델, 즉 다음 글자를 맞히는 텍스트 데이터가 필요합니다. 지금 데이터는 숫자 계열입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/views/sampling_view.py" line="133"/>
        <source>Written at step {0}, temperature {1:.1f}.</source>
        <translation>스텝 {0}에서 온도 {1:.1f}로 씀.</translation>
    </message>
    <message>
        <location filename="../../gui/views/sampling_view.py" line="136"/>
        <source>Left out of the prompt (the net has never seen them): {0}</source>
        <translation>프롬프트에서 뺀 글자 (신경망이 본 적 없음): {0}</translation>
    </message>
</context>
<context>
    <name>SequenceDataBox</name>
    <message>
        <location filename="../../gui/panels/sequence_data.py" line="82"/>
        <source>Open text file…</source>
        <extracomment>Sequences generated when a task is picked; the grammar&apos;s sentences want more. Text for a character model: noise does not apply, and a person&apos;s file may replace it. Changes to DataSettings fields. One training setting: (field of TrainSettings, value). A file that cannot be used: the message for the window&apos;s banner. path -&gt; (characters, distinct characters) of text files checked here.</extracomment>
        <translation>텍스트 파일 열기…</translation>
    </message>
    <message>
        <location filename="../../gui/panels/sequence_data.py" line="84"/>
        <source>A plain text file (UTF-8, up to 8 MB): the net learns to predict its next character</source>
        <translation>일반 텍스트 파일(UTF-8, 8 MB까지): 신경망이 다음 글자를 예측하도록 배웁니다</translation>
    </message>
    <message>
        <location filename="../../gui/panels/sequence_data.py" line="97"/>
        <source>Sequence length</source>
        <translation>시퀀스 길이</translation>
    </message>
    <message>
        <location filename="../../gui/panels/sequence_data.py" line="104"/>
        <source>Symbols to remember</source>
        <translation>기억할 기호 수</translation>
    </message>
    <message>
        <location filename="../../gui/panels/sequence_data.py" line="107"/>
        <source>How many different symbols the first step may hold: guessing is right once in that many times</source>
        <translation>첫 스텝에 올 수 있는 기호의 가짓수입니다. 찍으면 그 횟수에 한 번 맞습니다</translation>
    </message>
    <message>
        <location filename="../../gui/panels/sequence_data.py" line="133"/>
        <source>Brackets and filler letters, one character at a time: at every step the net says how deep the brackets are nested so far (0–5), so it must count. Noise: the share of filler letters.</source>
        <translation>괄호와 채움 글자를 한 글자씩 읽습니다. 스텝마다 지금까지 괄호가 몇 겹 열려 있는지(0–5) 답해야 하므로 세어야 합니다. 잡음: 채움 글자의 비율.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/sequence_data.py" line="137"/>
        <source>A symbol to remember, blanks, then a cue “?”: name the first symbol. Only a memory that lasts the whole gap beats guessing. Noise: the share of blanks replaced by distracting letters.</source>
        <translation>기억할 기호, 빈칸들, 그리고 신호 “?”: 첫 기호를 답합니다. 간격 내내 가는 기억만 찍기보다 낫습니다. 잡음: 헷갈리게 하는 글자로 바뀐 빈칸의 비율.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/sequence_data.py" line="141"/>
        <source>Every step holds a value and a marker; after the last step the net says the sum of the two marked values. Noise: jitter on the markers of the unmarked steps.</source>
        <translation>스텝마다 값과 표시가 있습니다. 마지막 스텝 뒤에 표시된 두 값의 합을 답합니다. 잡음: 표시되지 않은 스텝의 표시 값에 더한 흔들림.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/sequence_data.py" line="145"/>
        <source>A sum of two sines: at every step the net predicts the next clean value. Noise: noise added to the inputs.</source>
        <translation>두 사인파의 합: 스텝마다 잡음 없는 다음 값을 예측합니다. 잡음: 입력에 더한 잡음.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/sequence_data.py" line="148"/>
        <source>Generated sentences with quotes and brackets: at every step the net predicts the next character. Noise does not change a text.</source>
        <translation>따옴표와 괄호가 들어간 생성 문장: 스텝마다 다음 글자를 예측합니다. 잡음은 텍스트를 바꾸지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/sequence_data.py" line="151"/>
        <source>Your own text: at every step the net predicts the next character. Noise does not change a text.</source>
        <translation>내 텍스트: 스텝마다 다음 글자를 예측합니다. 잡음은 텍스트를 바꾸지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/sequence_data.py" line="158"/>
        <source>Delayed recall: the symbol must be kept for {0} steps.</source>
        <translation>지연 회상: 기호를 {0} 스텝 동안 간직해야 합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/sequence_data.py" line="161"/>
        <source>Characters per string.</source>
        <translation>문자열 하나의 글자 수.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/sequence_data.py" line="163"/>
        <source>Values per sequence: the first marked value must be kept for up to {0} steps.</source>
        <translation>시퀀스 하나의 값 개수: 표시된 첫 값을 최대 {0} 스텝 동안 간직해야 합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/sequence_data.py" line="166"/>
        <source>Values per sequence, a prediction after each.</source>
        <translation>시퀀스 하나의 값 개수, 값마다 예측 하나.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/sequence_data.py" line="167"/>
        <source>Characters per training window.</source>
        <translation>학습 구간 하나의 글자 수.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/sequence_data.py" line="172"/>
        <source>Open text file</source>
        <translation>텍스트 파일 열기</translation>
    </message>
    <message>
        <location filename="../../gui/panels/sequence_data.py" line="173"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>텍스트 파일 (*.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/sequence_data.py" line="204"/>
        <source>{0} holds {1} characters: too few for training and test windows of {2} characters. Choose shorter sequences or a longer text.</source>
        <translation>{0}에는 글자가 {1}개뿐이라 {2}글자짜리 학습·테스트 구간을 만들기에 모자랍니다. 더 짧은 시퀀스나 더 긴 텍스트를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/sequence_data.py" line="215"/>
        <source>No file chosen yet.</source>
        <translation>아직 고른 파일이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/sequence_data.py" line="218"/>
        <source>Loaded: {0}</source>
        <translation>불러옴: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/sequence_data.py" line="220"/>
        <source>Loaded: {0} — {1} characters, {2} different</source>
        <translation>불러옴: {0} — 글자 {1}개, 서로 다른 글자 {2}개</translation>
    </message>
</context>
<context>
    <name>StackEditing</name>
    <message>
        <location filename="../../gui/stack_editing.py" line="56"/>
        <source>{0}×{1} images: {2} pixel values</source>
        <extracomment>Whether play and step may run, and if not why: (trainable, reason). A message for the window&apos;s banner. The banner&apos;s message no longer applies (the builder left a design). (input Shape, outputs) of a design for other data (images, sequences) in the builder: designed, saved and exported, not trained here (this window trains on 2-D points). None while the builder edits the playground&apos;s network.</extracomment>
        <translation>{0}×{1} 이미지: 픽셀 값 {2}개</translation>
    </message>
    <message>
        <location filename="../../gui/stack_editing.py" line="59"/>
        <source>2-D points: 1 feature</source>
        <translation>2차원 점: 특징 1개</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/stack_editing.py" line="60"/>
        <source>2-D points: %n features</source>
        <translation>
            <numerusform>2차원 점: 특징 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/stack_editing.py" line="80"/>
        <source>This design reads {0}; the window trains on {1}. Export it, or pick a template for these data to train again.</source>
        <translation>이 설계의 입력은 {0}이지만 이 창은 {1}(으)로 학습합니다. 설계를 내보내거나, 이 데이터에 맞는 템플릿을 골라 다시 학습하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/stack_editing.py" line="85"/>
        <source>The layer stack does not fit: {0}</source>
        <translation>층 구성이 맞지 않습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/stack_editing.py" line="128"/>
        <source>{0} (design only)</source>
        <translation>{0} (설계 전용)</translation>
    </message>
    <message>
        <location filename="../../gui/stack_editing.py" line="145"/>
        <source>The file&apos;s layer design could not be shown: {0}</source>
        <translation>파일의 층 설계를 보여 줄 수 없습니다: {0}</translation>
    </message>
</context>
<context>
    <name>StackTree</name>
    <message>
        <location filename="../../gui/panels/stack_tree.py" line="57"/>
        <source>#</source>
        <extracomment>Mime type of a dragged row: its position (&quot;3.1&quot;), so a drop never needs the drag source. Item data role holding a row&apos;s position (&quot;3.1&quot;, or &quot;out&quot; for the head). (position, parameter name, new value) from a row&apos;s editor.</extracomment>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stack_tree.py" line="57"/>
        <source>Layer</source>
        <translation>층</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stack_tree.py" line="57"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stack_tree.py" line="58"/>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stack_tree.py" line="58"/>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stack_tree.py" line="132"/>
        <source>out</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stack_tree.py" line="133"/>
        <source>Output (Linear)</source>
        <translation>출력 (Linear)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stack_tree.py" line="135"/>
        <source>1 output</source>
        <translation>출력 1개</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/panels/stack_tree.py" line="136"/>
        <source>%n outputs</source>
        <translation>
            <numerusform>출력 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/panels/stack_tree.py" line="138"/>
        <source>adds its input to the output of the layers in it</source>
        <translation>입력을 안쪽 층들의 출력에 더합니다</translation>
    </message>
    <message>
        <location filename="../../gui/panels/stack_tree.py" line="146"/>
        <source>Input: {0}</source>
        <translation>입력: {0}</translation>
    </message>
</context>
<context>
    <name>StateHeatmap</name>
    <message>
        <location filename="../../gui/views/state_heatmap.py" line="39"/>
        <source>unit</source>
        <extracomment>Width of both plots&apos; left axes (px), so their data areas start at the same x. Narrowest step (px) shown at first; a longer sequence opens on a window of it. The unit&apos;s curve has a dot per step up to this many steps.</extracomment>
        <translation>유닛</translation>
    </message>
</context>
<context>
    <name>Surface3D</name>
    <message>
        <location filename="../../gui/views/surface3d.py" line="241"/>
        <source>direction 1</source>
        <extracomment>Height of the surface against its base&apos;s half-width: the values&apos; range maps to it. Share of the widget the box fills at zoom 1 (room for perspective and labels). Cells per axis drawn at most: finer grids are drawn every 2nd (3rd...) line. A moving path repaints at most this often (a paint costs ~15 ms of the GUI thread). 0: orthographic; 0.3: near things ~15 % larger than far ones. Seconds the last paint took, and how many cells it drew.</extracomment>
        <translation>방향 1</translation>
    </message>
    <message>
        <location filename="../../gui/views/surface3d.py" line="242"/>
        <source>direction 2</source>
        <translation>방향 2</translation>
    </message>
    <message>
        <location filename="../../gui/views/surface3d.py" line="247"/>
        <source>{0}: {1:.3g} to {2:.3g}</source>
        <translation>{0}: {1:.3g}에서 {2:.3g}까지</translation>
    </message>
    <message>
        <location filename="../../gui/views/surface3d.py" line="251"/>
        <source>Drag to turn, wheel to zoom, double-click to reset</source>
        <translation>끌면 돌리고, 휠로 확대하고, 두 번 클릭하면 처음으로</translation>
    </message>
</context>
<context>
    <name>TrainerRecovery</name>
    <message>
        <location filename="../../gui/trainer_recovery.py" line="64"/>
        <source>The training process stopped unexpectedly {0} times within a minute (last exit code {1}), so Deepscope no longer restarts it. Your settings are still here: restart Deepscope to train again.</source>
        <extracomment>What the banner says (translated text). A new trainer took over: the step it goes on from (0: started again).</extracomment>
        <translation>학습 프로세스가 1분 안에 {0}번 예기치 않게 멈췄습니다(마지막 종료 코드 {1}). 그래서 Deepscope는 더 이상 다시 시작하지 않습니다. 설정은 그대로 남아 있습니다: 다시 학습하려면 Deepscope를 다시 시작하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/trainer_recovery.py" line="94"/>
        <source>The training process stopped unexpectedly (exit code {0}). A new one took over at step {1}, where the run was last kept; press play to go on.</source>
        <translation>학습 프로세스가 예기치 않게 멈췄습니다(종료 코드 {0}). 새 프로세스가 마지막으로 보관된 {1}단계에서 이어받았습니다. 계속하려면 재생을 누르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/trainer_recovery.py" line="104"/>
        <source>The training process stopped unexpectedly (exit code {0}). A new one started this experiment again from step 0; press play to train.</source>
        <translation>학습 프로세스가 예기치 않게 멈췄습니다(종료 코드 {0}). 새 프로세스가 이 실험을 0단계부터 다시 시작했습니다. 학습하려면 재생을 누르세요.</translation>
    </message>
</context>
<context>
    <name>TrainingBar</name>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="36"/>
        <source>Reset the network (R)</source>
        <extracomment>One training setting changed: (field of TrainSettings, value). The activation of every hidden layer changed. Classification or regression picked. Dropout probability of the hidden layers.</extracomment>
        <translation>네트워크 초기화 (R)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="37"/>
        <location filename="../../gui/panels/training_bar.py" line="167"/>
        <source>Play / pause (Space)</source>
        <translation>시작 / 일시 정지 (스페이스 바)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="39"/>
        <location filename="../../gui/panels/training_bar.py" line="168"/>
        <source>One step (Right arrow)</source>
        <translation>한 스텝 진행 (오른쪽 화살표)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="45"/>
        <source>Step</source>
        <translation>스텝</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="55"/>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="55"/>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="55"/>
        <source>Sigmoid</source>
        <translation>시그모이드</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="55"/>
        <source>Linear</source>
        <translation>선형</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="56"/>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="56"/>
        <source>GELU</source>
        <translation>GELU</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="56"/>
        <source>SiLU</source>
        <translation>SiLU</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="59"/>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="59"/>
        <source>SGD + momentum</source>
        <translation>SGD + 모멘텀</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="59"/>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="59"/>
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="60"/>
        <source>Adagrad</source>
        <translation>Adagrad</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="61"/>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="61"/>
        <source>L1</source>
        <translation>L1</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="61"/>
        <source>L2</source>
        <translation>L2</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="64"/>
        <source>Classification</source>
        <translation>분류</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="64"/>
        <source>Regression</source>
        <translation>회귀</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="66"/>
        <source>Cross-entropy</source>
        <translation>교차 엔트로피</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="66"/>
        <source>Mean squared error</source>
        <translation>평균제곱오차</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="68"/>
        <source>Regression always uses mean squared error</source>
        <translation>회귀는 항상 평균제곱오차를 사용합니다</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="70"/>
        <source>Probability of dropping each hidden unit while training</source>
        <translation>학습 중 각 은닉 유닛을 끌 확률</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="93"/>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="94"/>
        <source>Activation</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="95"/>
        <source>Optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="96"/>
        <source>Regularization</source>
        <translation>정규화</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="97"/>
        <source>Regularization rate</source>
        <translation>정규화율</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="98"/>
        <source>Dropout</source>
        <translation>드롭아웃</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="99"/>
        <source>Loss</source>
        <translation>손실 함수</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="100"/>
        <source>Problem type</source>
        <translation>문제 유형</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="154"/>
        <source>No hidden layer: there is no activation to choose</source>
        <translation>은닉층이 없어서 고를 활성화 함수가 없습니다</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="156"/>
        <source>This network has no activation layer to change (a recurrent layer&apos;s tanh and sigmoids belong to the layer itself)</source>
        <translation>이 신경망에는 바꿀 활성화 층이 없습니다 (순환 층의 tanh와 시그모이드는 그 층의 일부입니다)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="172"/>
        <source>epoch {0:.1f}</source>
        <translation>에포크 {0:.1f}</translation>
    </message>
</context>
<context>
    <name>TrainingStatus</name>
    <message>
        <location filename="../../gui/window_status.py" line="22"/>
        <source>Device: starting…</source>
        <extracomment>A person picked the device to train on (&quot;auto&quot;, &quot;cpu&quot;, &quot;cuda&quot; or &quot;mps&quot;).</extracomment>
        <translation>장치: 시작하는 중…</translation>
    </message>
    <message>
        <location filename="../../gui/window_status.py" line="49"/>
        <source>Device: {0}</source>
        <translation>장치: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/window_status.py" line="37"/>
        <source>Loading PyTorch…</source>
        <translation>PyTorch 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../gui/window_status.py" line="40"/>
        <source>PyTorch ready</source>
        <translation>PyTorch 준비 완료</translation>
    </message>
    <message>
        <location filename="../../gui/window_status.py" line="27"/>
        <source>Which device trains</source>
        <translation>학습에 사용할 장치</translation>
    </message>
    <message>
        <location filename="../../gui/window_status.py" line="24"/>
        <source>auto</source>
        <translation>자동</translation>
    </message>
    <message>
        <location filename="../../gui/window_status.py" line="50"/>
        <source>{0:,.0f} steps/s</source>
        <translation>초당 {0:,.0f} 스텝</translation>
    </message>
    <message>
        <location filename="../../gui/window_status.py" line="52"/>
        <source> · {0:,.0f} tokens/s</source>
        <translation> · 초당 {0:,.0f} 토큰</translation>
    </message>
    <message>
        <location filename="../../gui/window_status.py" line="54"/>
        <source>{0} snapshots/s</source>
        <translation>초당 스냅샷 {0}개</translation>
    </message>
</context>
<context>
    <name>TranslationView</name>
    <message>
        <location filename="../../gui/views/translation_view.py" line="42"/>
        <source>Type an English sentence, e.g. the small cat sees a dog in the park</source>
        <translation>영어 문장을 입력하세요. 예: the small cat sees a dog in the park</translation>
    </message>
    <message>
        <location filename="../../gui/views/translation_view.py" line="46"/>
        <source>Translate</source>
        <translation>번역</translation>
    </message>
    <message>
        <location filename="../../gui/views/translation_view.py" line="53"/>
        <source>English words in the sentence</source>
        <translation>문장의 영어 단어 수</translation>
    </message>
    <message>
        <location filename="../../gui/views/translation_view.py" line="54"/>
        <source>held-out sentences right</source>
        <translation>맞게 번역한 시험용 문장 비율</translation>
    </message>
    <message>
        <location filename="../../gui/views/translation_view.py" line="59"/>
        <source>Held-out sentence</source>
        <translation>시험용 문장</translation>
    </message>
    <message>
        <location filename="../../gui/views/translation_view.py" line="74"/>
        <source>Translation</source>
        <translation>번역</translation>
    </message>
    <message>
        <location filename="../../gui/views/translation_view.py" line="78"/>
        <source>This view shows a translator: choose the translation data (or the translation demo).</source>
        <translation>이 보기는 번역기를 보여 줍니다: 번역 데이터(또는 번역 데모)를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/views/translation_view.py" line="96"/>
        <source>English: {0}</source>
        <translation>영어: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/views/translation_view.py" line="98"/>
        <source>Korean (reference): {0}</source>
        <translation>한국어 (정답): {0}</translation>
    </message>
    <message>
        <location filename="../../gui/views/translation_view.py" line="111"/>
        <source>(end)</source>
        <translation>(끝)</translation>
    </message>
    <message>
        <location filename="../../gui/views/translation_view.py" line="117"/>
        <location filename="../../gui/views/translation_view.py" line="124"/>
        <source>with attention</source>
        <translation>어텐션 있음</translation>
    </message>
    <message>
        <location filename="../../gui/views/translation_view.py" line="117"/>
        <location filename="../../gui/views/translation_view.py" line="125"/>
        <source>without attention</source>
        <translation>어텐션 없음</translation>
    </message>
    <message>
        <location filename="../../gui/views/translation_view.py" line="131"/>
        <source>Held-out sentences translated right: {0}</source>
        <translation>맞게 번역한 시험용 문장: {0}</translation>
    </message>
</context>
<context>
    <name>UnfoldedDiagram</name>
    <message>
        <location filename="../../gui/views/unfolded_diagram.py" line="210"/>
        <source>s_t at step {0}, unit {1}: {2:+.3f}</source>
        <extracomment>Per shown step: (t, token, target, prediction, wrong, grid values, its QImage).</extracomment>
        <translation>스텝 {0}의 s_t, 유닛 {1}: {2:+.3f}</translation>
    </message>
</context>
<context>
    <name>UnfoldedView</name>
    <message>
        <location filename="../../gui/views/unfolded_view.py" line="37"/>
        <source>Layer</source>
        <extracomment>Unrolled copies shown at once.</extracomment>
        <translation>층</translation>
    </message>
    <message>
        <location filename="../../gui/views/unfolded_view.py" line="51"/>
        <source>Unfolded in time</source>
        <translation>시간으로 펼치기</translation>
    </message>
    <message>
        <location filename="../../gui/views/unfolded_view.py" line="71"/>
        <source>steps {0}–{1} of {2}</source>
        <translation>스텝 {0}–{1} / {2}</translation>
    </message>
    <message>
        <location filename="../../gui/views/unfolded_view.py" line="75"/>
        <source>The same weights at every step: U reads the input x_t into the state s_t, W carries the state from one step to the next, V reads the output o_t from it. Each small grid is s_t, one cell per unit (orange −, grey 0, blue +); above each output, its target.</source>
        <translation>모든 스텝이 같은 가중치를 씁니다. U는 입력 x_t를 상태 s_t로 읽어 들이고, W는 상태를 다음 스텝으로 넘기며, V는 상태에서 출력 o_t를 읽어 냅니다. 작은 격자 하나가 s_t이고 칸 하나가 유닛 하나입니다(주황 −, 회색 0, 파랑 +). 각 출력 위에 정답이 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/views/unfolded_view.py" line="80"/>
        <source>This task reads the output at the last step only.</source>
        <translation>이 과제는 마지막 스텝의 출력만 읽습니다.</translation>
    </message>
</context>
<context>
    <name>WarpView</name>
    <message>
        <location filename="../../gui/views/warp_view.py" line="41"/>
        <source>Input space</source>
        <extracomment>A choice the engine has not drawn yet is sent again after this many seconds (the trainer may have started over and forgotten it). What a person gets from &quot;Add a hidden layer&quot;: the review&apos;s 2-2-1 network.</extracomment>
        <translation>입력 공간</translation>
    </message>
    <message>
        <location filename="../../gui/views/warp_view.py" line="41"/>
        <location filename="../../gui/views/warp_view.py" line="101"/>
        <source>Hidden space</source>
        <extracomment>A person&apos;s choices; None follows the default (last layer; its two units or PCA).</extracomment>
        <translation>은닉 공간</translation>
    </message>
    <message>
        <location filename="../../gui/views/warp_view.py" line="47"/>
        <source>The unit on the horizontal axis</source>
        <translation>가로축의 유닛</translation>
    </message>
    <message>
        <location filename="../../gui/views/warp_view.py" line="48"/>
        <source>The unit on the vertical axis</source>
        <translation>세로축의 유닛</translation>
    </message>
    <message>
        <location filename="../../gui/views/warp_view.py" line="49"/>
        <source>PCA</source>
        <translation>PCA</translation>
    </message>
    <message>
        <location filename="../../gui/views/warp_view.py" line="51"/>
        <source>Project by principal component analysis: show the plane of the two directions along which the bent grid and the points spread most, instead of two units.</source>
        <translation>주성분 분석으로 투영합니다. 유닛 두 개 대신, 휘어진 격자와 점들이 가장 넓게 퍼지는 두 방향의 평면을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../gui/views/warp_view.py" line="58"/>
        <source>Layer</source>
        <translation>층</translation>
    </message>
    <message>
        <location filename="../../gui/views/warp_view.py" line="61"/>
        <source>Axes</source>
        <translation>축</translation>
    </message>
    <message>
        <location filename="../../gui/views/warp_view.py" line="80"/>
        <source>Add a hidden layer of two units</source>
        <translation>유닛 두 개짜리 은닉층 추가</translation>
    </message>
    <message>
        <location filename="../../gui/views/warp_view.py" line="131"/>
        <source>Hidden layer {0}</source>
        <translation>은닉층 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/views/warp_view.py" line="141"/>
        <source>The hidden space shows how a network bends the plane of 2-D points. These data are images: pick a dataset of points.</source>
        <translation>은닉 공간은 신경망이 2차원 점의 평면을 어떻게 구부리는지 보여 줍니다. 이 데이터는 이미지입니다. 점 데이터셋을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/views/warp_view.py" line="144"/>
        <source>The hidden space draws the perceptron of the Network tab. This network was assembled in the layer builder: switch back to the perceptron to see its hidden layers bend the plane.</source>
        <translation>은닉 공간은 신경망 탭의 퍼셉트론을 그립니다. 이 신경망은 층 빌더에서 만들었습니다. 은닉층이 평면을 구부리는 모습을 보려면 퍼셉트론으로 돌아가세요.</translation>
    </message>
    <message>
        <location filename="../../gui/views/warp_view.py" line="148"/>
        <source>This network has no hidden layer, so nothing bends the plane: the output draws a straight line in the input itself. Add a hidden layer to watch the plane being warped.</source>
        <translation>이 신경망에는 은닉층이 없어서 평면을 구부리는 것이 없습니다. 출력은 입력 공간 자체에 직선을 긋습니다. 평면이 휘는 모습을 보려면 은닉층을 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/views/warp_view.py" line="155"/>
        <source>The black line is the output&apos;s decision line. In the hidden space it is straight: training bends the grid until the classes fall on either side of it.</source>
        <translation>검은 선은 출력의 결정 경계선입니다. 은닉 공간에서는 직선입니다. 학습은 두 클래스가 그 선의 양쪽으로 갈릴 때까지 격자를 구부립니다.</translation>
    </message>
    <message>
        <location filename="../../gui/views/warp_view.py" line="158"/>
        <source>The black line is where the output is zero in the plotted plane (through the data&apos;s mean); this layer has more than two units, so points off that plane may fall on either side.</source>
        <translation>검은 선은 그려진 평면(데이터의 평균을 지나는 평면)에서 출력이 0인 곳입니다. 이 층에는 유닛이 두 개보다 많아서, 그 평면 밖의 점은 어느 쪽에든 놓일 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/views/warp_view.py" line="161"/>
        <source>The output reads the last hidden layer: pick it to see the decision line.</source>
        <translation>출력은 마지막 은닉층을 읽습니다. 결정 경계선을 보려면 그 층을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/views/warp_view.py" line="163"/>
        <source>With more than two classes the output has no single decision line.</source>
        <translation>클래스가 두 개보다 많으면 출력에는 결정 경계선이 하나로 정해지지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/views/warp_view.py" line="165"/>
        <source>A regression has no decision line; the points&apos; colours are their values.</source>
        <translation>회귀에는 결정 경계선이 없습니다. 점의 색이 그 값입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/views/warp_view.py" line="167"/>
        <source>The output does not change across this plane: no line.</source>
        <translation>이 평면에서는 출력이 변하지 않아 선이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/views/warp_view.py" line="173"/>
        <source>PC {0} ({1} %)</source>
        <translation>주성분 {0} ({1} %)</translation>
    </message>
    <message>
        <location filename="../../gui/views/warp_view.py" line="176"/>
        <location filename="../../gui/views/warp_view.py" line="179"/>
        <source>h{0} unit {1}</source>
        <translation>h{0} 유닛 {1}</translation>
    </message>
    <message>
        <location filename="../../gui/views/warp_view.py" line="201"/>
        <source>1 unit</source>
        <translation>유닛 1개</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/views/warp_view.py" line="201"/>
        <source>%n units</source>
        <translation>
            <numerusform>유닛 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/views/warp_view.py" line="202"/>
        <source>h{0} ({1})</source>
        <translation>h{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../gui/views/warp_view.py" line="219"/>
        <source>unit {0}</source>
        <translation>유닛 {0}</translation>
    </message>
</context>
<context>
    <name>WordCurves</name>
    <message>
        <location filename="../../gui/views/word_curves.py" line="17"/>
        <location filename="../../gui/views/word_curves.py" line="25"/>
        <source>step</source>
        <translation>스텝</translation>
    </message>
    <message>
        <location filename="../../gui/views/word_curves.py" line="17"/>
        <source>held-out perplexity</source>
        <translation>시험용 문장의 퍼플렉서티</translation>
    </message>
    <message>
        <location filename="../../gui/views/word_curves.py" line="21"/>
        <source>neural language model</source>
        <translation>신경망 언어 모델</translation>
    </message>
    <message>
        <location filename="../../gui/views/word_curves.py" line="23"/>
        <source>Kneser-Ney trigram</source>
        <translation>크네저-나이 트라이그램</translation>
    </message>
    <message>
        <location filename="../../gui/views/word_curves.py" line="25"/>
        <source>nearest neighbour in group</source>
        <translation>가장 가까운 이웃이 같은 무리</translation>
    </message>
    <message>
        <location filename="../../gui/views/word_curves.py" line="48"/>
        <source>  Held-out perplexity: neural {0:.2f}, trigram {1:.2f}</source>
        <translation>  시험용 문장의 퍼플렉서티: 신경망 {0:.2f}, 트라이그램 {1:.2f}</translation>
    </message>
    <message>
        <location filename="../../gui/views/word_curves.py" line="54"/>
        <source>  Nearest neighbour in its group: {0:.0f} %</source>
        <translation>  가장 가까운 이웃이 같은 무리인 단어: {0:.0f} %</translation>
    </message>
</context>
<context>
    <name>WordDataBox</name>
    <message>
        <location filename="../../gui/panels/word_data.py" line="62"/>
        <source>English</source>
        <extracomment>Sentences and training share when word data are picked. Changes to DataSettings fields. A file that cannot be used: the message for the window&apos;s banner. path -&gt; (words kept, sentences) of the texts read here.</extracomment>
        <translation>영어</translation>
    </message>
    <message>
        <location filename="../../gui/panels/word_data.py" line="63"/>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <location filename="../../gui/panels/word_data.py" line="67"/>
        <source>Language model: previous words → next word</source>
        <translation>언어 모델: 앞 단어들 → 다음 단어</translation>
    </message>
    <message>
        <location filename="../../gui/panels/word_data.py" line="68"/>
        <source>Skip-gram: word → nearby words</source>
        <translation>스킵그램: 단어 → 주변 단어</translation>
    </message>
    <message>
        <location filename="../../gui/panels/word_data.py" line="75"/>
        <source>Open text file (words)…</source>
        <translation>텍스트 파일 열기 (단어 단위)…</translation>
    </message>
    <message>
        <location filename="../../gui/panels/word_data.py" line="77"/>
        <source>A plain UTF-8 text file in any language, up to 50 MB: its words by whitespace</source>
        <translation>어떤 언어로 된 UTF-8 일반 텍스트 파일이든 50 MB까지 됩니다. 공백으로 나눈 단어를 씁니다</translation>
    </message>
    <message>
        <location filename="../../gui/panels/word_data.py" line="82"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../gui/panels/word_data.py" line="83"/>
        <source>Examples</source>
        <translation>예제</translation>
    </message>
    <message>
        <location filename="../../gui/panels/word_data.py" line="84"/>
        <source>Words of context</source>
        <translation>문맥 단어 수</translation>
    </message>
    <message>
        <location filename="../../gui/panels/word_data.py" line="85"/>
        <source>Negative samples</source>
        <translation>음성 표본 수</translation>
    </message>
    <message>
        <location filename="../../gui/panels/word_data.py" line="86"/>
        <source>Vocabulary (rest: &lt;unk&gt;)</source>
        <translation>어휘 크기 (나머지는 &lt;unk&gt;)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/word_data.py" line="108"/>
        <source>Open text file</source>
        <translation>텍스트 파일 열기</translation>
    </message>
    <message>
        <location filename="../../gui/panels/word_data.py" line="109"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>텍스트 파일 (*.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/word_data.py" line="131"/>
        <source>No file chosen yet.</source>
        <translation>아직 고른 파일이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/word_data.py" line="134"/>
        <source>Loaded: {0}</source>
        <translation>불러옴: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/word_data.py" line="136"/>
        <source>Loaded: {0} — {1} sentences, a vocabulary of {2} words</source>
        <translation>불러옴: {0} — 문장 {1}개, 어휘 {2}개</translation>
    </message>
    <message>
        <location filename="../../gui/panels/word_data.py" line="139"/>
        <source>(capped: rarer words read as &lt;unk&gt;)</source>
        <translation>(상한에 닿음: 드문 단어는 &lt;unk&gt;로 읽습니다)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/word_data.py" line="161"/>
        <source>Each word is a vector the net learns. Skip-gram: from a word, tell the words near it apart from random ones.</source>
        <translation>단어마다 신경망이 배우는 벡터가 있습니다. 스킵그램: 한 단어에서 그 주변 단어를 무작위 단어와 구별합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/word_data.py" line="163"/>
        <source>Each word is a vector the net learns: from the previous words it predicts the next one (Bengio et al., 2003).</source>
        <translation>단어마다 신경망이 배우는 벡터가 있습니다. 앞의 단어들로 다음 단어를 예측합니다(Bengio 등, 2003).</translation>
    </message>
</context>
<context>
    <name>WordModelsView</name>
    <message>
        <location filename="../../gui/views/word_models_view.py" line="36"/>
        <source>Held-out sentence</source>
        <translation>시험용 문장</translation>
    </message>
    <message>
        <location filename="../../gui/views/word_models_view.py" line="36"/>
        <source>neural ln p</source>
        <translation>신경망 ln p</translation>
    </message>
    <message>
        <location filename="../../gui/views/word_models_view.py" line="36"/>
        <source>trigram ln p</source>
        <translation>트라이그램 ln p</translation>
    </message>
    <message>
        <location filename="../../gui/views/word_models_view.py" line="41"/>
        <source>Type the start of a sentence, e.g. the mayor of</source>
        <translation>문장의 앞부분을 입력하세요. 예: the mayor of</translation>
    </message>
    <message>
        <location filename="../../gui/views/word_models_view.py" line="44"/>
        <source>Next word</source>
        <translation>다음 단어</translation>
    </message>
    <message>
        <location filename="../../gui/views/word_models_view.py" line="46"/>
        <location filename="../../gui/views/word_models_view.py" line="78"/>
        <source>Neural language model</source>
        <translation>신경망 언어 모델</translation>
    </message>
    <message>
        <location filename="../../gui/views/word_models_view.py" line="47"/>
        <source>Kneser-Ney trigram</source>
        <translation>크네저-나이 트라이그램</translation>
    </message>
    <message>
        <location filename="../../gui/views/word_models_view.py" line="51"/>
        <source>Context</source>
        <translation>문맥</translation>
    </message>
    <message>
        <location filename="../../gui/views/word_models_view.py" line="66"/>
        <source>Neural vs n-gram</source>
        <translation>신경망 대 n-그램</translation>
    </message>
    <message>
        <location filename="../../gui/views/word_models_view.py" line="83"/>
        <source>Type a context and press Enter to see the words both models expect next.</source>
        <translation>문맥을 입력하고 Enter를 누르면 두 모델이 다음에 올 것으로 보는 단어가 보입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/views/word_models_view.py" line="88"/>
        <source>After “{0}”, at step {1}.</source>
        <translation>“{0}” 다음, {1} 스텝에서.</translation>
    </message>
    <message>
        <location filename="../../gui/views/word_models_view.py" line="90"/>
        <location filename="../../gui/views/word_models_view.py" line="102"/>
        <source>Not in the vocabulary: {0}</source>
        <translation>어휘에 없는 단어: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/views/word_models_view.py" line="95"/>
        <source>Nearest words to “{0}” (cosine)</source>
        <translation>“{0}”에 가장 가까운 단어 (코사인)</translation>
    </message>
    <message>
        <location filename="../../gui/views/word_models_view.py" line="99"/>
        <source>Skip-gram predicts no next word: type a word to see its nearest neighbours, at step {0}.</source>
        <translation>스킵그램은 다음 단어를 예측하지 않습니다. 단어를 입력하면 가장 가까운 이웃이 보입니다({0} 스텝).</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Training diverged at step {bad_step}: the loss became infinite or NaN with learning rate {learning_rate:g}. Restored the weights of step {good_step} and paused. Lower the learning rate, then press play.</source>
        <comment>training.diverged</comment>
        <translation>{bad_step}단계에서 학습이 발산했습니다: 학습률 {learning_rate:g}에서 손실이 무한대 또는 NaN이 되었습니다. {good_step}단계의 가중치로 되돌리고 일시 정지했습니다. 학습률을 낮춘 뒤 재생을 누르세요.</translation>
    </message>
    <message>
        <source>There are no training points: pick a dataset or click on the plot to add points.</source>
        <comment>training.no_points</comment>
        <translation>학습할 점이 없습니다: 데이터셋을 고르거나 그래프를 클릭해 점을 추가하세요.</translation>
    </message>
    <message>
        <source>unknown device {name!r}: use one of {choices}</source>
        <comment>training.unknown_device</comment>
        <translation>알 수 없는 장치 {name!r}: {choices} 중 하나를 쓰세요</translation>
    </message>
    <message>
        <source>CUDA was asked for but no CUDA GPU is available here</source>
        <comment>training.no_cuda</comment>
        <translation>CUDA를 요청했지만 이 컴퓨터에는 CUDA GPU가 없습니다</translation>
    </message>
    <message>
        <source>MPS was asked for but Apple&apos;s Metal backend is not available here</source>
        <comment>training.no_mps</comment>
        <translation>MPS를 요청했지만 이 컴퓨터에서는 Apple의 Metal 백엔드를 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>unknown optimizer {name!r}</source>
        <comment>training.unknown_optimizer</comment>
        <translation>알 수 없는 옵티마이저 {name!r}</translation>
    </message>
    <message>
        <source>unknown activation {name!r}</source>
        <comment>training.unknown_activation</comment>
        <translation>알 수 없는 활성화 함수 {name!r}</translation>
    </message>
    <message>
        <source>Weights can be typed in only for a perceptron the network panel draws; this network was assembled in the layer builder.</source>
        <comment>training.weights_perceptron_only</comment>
        <translation>가중치는 네트워크 패널이 그리는 퍼셉트론에서만 직접 입력할 수 있습니다. 이 네트워크는 레이어 빌더에서 조립되었습니다.</translation>
    </message>
    <message>
        <source>there is no layer {layer} to edit</source>
        <comment>training.no_layer_to_edit</comment>
        <translation>편집할 {layer}번 층이 없습니다</translation>
    </message>
    <message>
        <source>layer {layer} has no weight at ({row}, {col})</source>
        <comment>training.no_weight_at</comment>
        <translation>{layer}번 층에는 ({row}, {col}) 위치의 가중치가 없습니다</translation>
    </message>
    <message>
        <source>a weight must be a finite number, not {value}</source>
        <comment>training.weight_not_finite</comment>
        <translation>가중치는 유한한 수여야 합니다: {value}은(는) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>pre-training layer {layer} of {layers}</source>
        <comment>training.pretraining_layer</comment>
        <translation>사전 학습: {layers}개 층 중 {layer}번째</translation>
    </message>
    <message>
        <source>pre-training layer {layer} of {layers}: reconstruction error {error:.3f}</source>
        <comment>training.pretraining_layer_error</comment>
        <translation>사전 학습: {layers}개 층 중 {layer}번째, 재구성 오차 {error:.3f}</translation>
    </message>
    <message>
        <source>run {index} ({label}) diverged at step {bad_step}; its weights of step {good_step} are kept and it sits out</source>
        <comment>training.run_diverged</comment>
        <translation>{index}번 실행({label})이 {bad_step}단계에서 발산했습니다. {good_step}단계의 가중치를 유지하고 이 실행은 쉽니다</translation>
    </message>
    <message>
        <source>{text}</source>
        <comment>error.foreign</comment>
        <translation>{text}</translation>
    </message>
    <message>
        <source>unknown command {command}</source>
        <comment>training.unknown_command</comment>
        <translation>알 수 없는 명령 {command}</translation>
    </message>
    <message>
        <source>{n} hidden layers: at most {most} allowed</source>
        <comment>settings.too_many_layers</comment>
        <translation>은닉층이 {n}개입니다: 최대 {most}개까지 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>{layers} hidden layers but {activations} activations</source>
        <comment>settings.activations_mismatch</comment>
        <translation>은닉층은 {layers}개인데 활성화 함수는 {activations}개입니다</translation>
    </message>
    <message>
        <source>hidden layer {layer} has {units} units: allowed 1 to {most}</source>
        <comment>settings.layer_width</comment>
        <translation>은닉층 {layer}의 유닛이 {units}개입니다: 1개에서 {most}개까지 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>unknown activation {name}: use one of {choices}</source>
        <comment>settings.unknown_activation</comment>
        <translation>알 수 없는 활성화 함수 {name}: {choices} 중 하나를 쓰세요</translation>
    </message>
    <message>
        <source>no input feature selected: switch on at least one</source>
        <comment>settings.no_features</comment>
        <translation>선택된 입력 특성이 없습니다: 하나 이상 켜세요</translation>
    </message>
    <message>
        <source>unknown feature {name}: use one of {choices}</source>
        <comment>settings.unknown_feature</comment>
        <translation>알 수 없는 특성 {name}: {choices} 중 하나를 쓰세요</translation>
    </message>
    <message>
        <source>initial weight scale {value} must be in (0, 10]</source>
        <comment>settings.init_scale</comment>
        <translation>초기 가중치 배율 {value}은(는) (0, 10] 범위에 있어야 합니다</translation>
    </message>
    <message>
        <source>recurrent weight scale {value} must be in (0, 10]</source>
        <comment>settings.recurrent_scale</comment>
        <translation>순환 가중치 크기 {value}은(는) (0, 10] 범위에 있어야 합니다</translation>
    </message>
    <message>
        <source>dropout {value} must be in [0, 1)</source>
        <comment>settings.dropout</comment>
        <translation>드롭아웃 {value}은(는) [0, 1) 범위에 있어야 합니다</translation>
    </message>
    <message>
        <source>these data have a target at every step: the network must answer at every step, so remove the &apos;Last step&apos; layer</source>
        <comment>settings.every_step_target</comment>
        <translation>이 데이터는 모든 스텝에 목표가 있습니다: 네트워크가 모든 스텝에서 답해야 하므로 &apos;Last step&apos; 층을 지우세요</translation>
    </message>
    <message>
        <source>these data have one target per sequence, read after its last step: end the recurrent layers with a &apos;Last step&apos; layer</source>
        <comment>settings.one_target</comment>
        <translation>이 데이터는 시퀀스마다 마지막 스텝 뒤에 읽는 목표가 하나 있습니다: 순환 층들의 끝에 &apos;Last step&apos; 층을 두세요</translation>
    </message>
    <message>
        <source>unknown optimizer {name}: use one of {choices}</source>
        <comment>settings.unknown_optimizer</comment>
        <translation>알 수 없는 옵티마이저 {name}: {choices} 중 하나를 쓰세요</translation>
    </message>
    <message>
        <source>unknown regularization {name}: use one of {choices}</source>
        <comment>settings.unknown_regularization</comment>
        <translation>알 수 없는 정규화 {name}: {choices} 중 하나를 쓰세요</translation>
    </message>
    <message>
        <source>unknown loss {name}: use one of {choices}</source>
        <comment>settings.unknown_loss</comment>
        <translation>알 수 없는 손실 함수 {name}: {choices} 중 하나를 쓰세요</translation>
    </message>
    <message>
        <source>learning rate {value} must be positive</source>
        <comment>settings.learning_rate</comment>
        <translation>학습률 {value}은(는) 양수여야 합니다</translation>
    </message>
    <message>
        <source>batch size {value} must be at least 1</source>
        <comment>settings.batch_size</comment>
        <translation>배치 크기 {value}은(는) 1 이상이어야 합니다</translation>
    </message>
    <message>
        <source>regularization rate {value} must not be negative</source>
        <comment>settings.reg_rate</comment>
        <translation>정규화율 {value}은(는) 음수일 수 없습니다</translation>
    </message>
    <message>
        <source>train ratio {value} must be between 0 and 1</source>
        <comment>settings.train_ratio</comment>
        <translation>학습 데이터 비율 {value}은(는) 0과 1 사이여야 합니다</translation>
    </message>
    <message>
        <source>noise {value} must be between 0 and 1</source>
        <comment>settings.noise</comment>
        <translation>잡음 {value}은(는) 0과 1 사이여야 합니다</translation>
    </message>
    <message>
        <source>labelled examples must be a whole number ≥ 0, not {value}</source>
        <comment>settings.labels_not_count</comment>
        <translation>레이블이 있는 예제 수는 0 이상의 정수여야 합니다. {value}은(는) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>pre-training steps must be a whole number ≥ 0, not {value}</source>
        <comment>settings.pretrain_steps_not_count</comment>
        <translation>사전 학습 스텝 수는 0 이상의 정수여야 합니다. {value}은(는) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>{labels} labelled examples cannot show all {classes} classes: keep at least {classes}, or 0 for all</source>
        <comment>settings.too_few_labels</comment>
        <translation>레이블이 있는 예제 {labels}개로는 {classes}개 클래스를 모두 보여 줄 수 없습니다: {classes}개 이상으로 하거나, 전부 쓰려면 0으로 하세요</translation>
    </message>
    <message>
        <source>layer-wise pre-training works on the perceptron (Linear layers with one activation each): set pre-training steps to 0 for a stack from the Layers tab</source>
        <comment>settings.pretraining_perceptron_only</comment>
        <translation>층별 사전 학습은 퍼셉트론(활성화 함수가 하나씩 붙은 Linear 층)에서만 동작합니다: 레이어 탭에서 만든 스택이라면 사전 학습 스텝을 0으로 하세요</translation>
    </message>
    <message>
        <source>sequence length {value} must be a whole number from {low} to {high} (0: the data&apos;s own)</source>
        <comment>settings.seq_length</comment>
        <translation>시퀀스 길이 {value}은(는) {low}에서 {high} 사이의 정수여야 합니다(0이면 데이터의 기본 길이)</translation>
    </message>
    <message>
        <source>gradient clipping must be on or off</source>
        <comment>settings.clip_not_switch</comment>
        <translation>기울기 자르기는 켜거나 끄는 값이어야 합니다</translation>
    </message>
    <message>
        <source>clipping threshold {value} must be a positive number up to 1e6</source>
        <comment>settings.clip_threshold</comment>
        <translation>자르기 기준 {value}은(는) 1e6 이하의 양수여야 합니다</translation>
    </message>
    <message>
        <source>truncated back-propagation length {value} must be a whole number from 0 (whole sequence) to {high}</source>
        <comment>settings.bptt</comment>
        <translation>잘린 역전파 길이 {value}은(는) 0(시퀀스 전체)에서 {high} 사이의 정수여야 합니다</translation>
    </message>
    <message>
        <source>this run would need about {total} of memory ({weights} for its {parameters:,} weights with their gradients and optimizer state, {data} for its data, {activations} for its activations); the limit is {limit}. Use fewer or narrower layers, fewer examples or a smaller batch</source>
        <comment>settings.too_much_memory</comment>
        <translation>이 실행에는 메모리가 약 {total} 필요합니다(가중치 {parameters:,}개와 그 기울기, 옵티마이저 상태에 {weights}, 데이터에 {data}, 활성값에 {activations}). 한도는 {limit}입니다. 층을 줄이거나 좁히고, 예제 수나 배치 크기를 줄이세요</translation>
    </message>
    <message>
        <source>{gb:.1f} GB</source>
        <comment>settings.gigabytes</comment>
        <translation>{gb:.1f} GB</translation>
    </message>
    <message>
        <source>{mb} MB</source>
        <comment>settings.megabytes</comment>
        <translation>{mb} MB</translation>
    </message>
    <message>
        <source>an experiment must be a JSON object</source>
        <comment>settings.not_an_object</comment>
        <translation>실험은 JSON 객체여야 합니다</translation>
    </message>
    <message>
        <source>&apos;{section}&apos; must be an object</source>
        <comment>settings.section_not_object</comment>
        <translation>&apos;{section}&apos;은(는) 객체여야 합니다</translation>
    </message>
    <message>
        <source>unknown {n:p|setting|settings} in &apos;{section}&apos;: {names}</source>
        <comment>settings.unknown_settings</comment>
        <translation>&apos;{section}&apos;에 알 수 없는 설정이 {n}개 있습니다: {names}</translation>
    </message>
    <message>
        <source>unknown {n:p|section|sections}: {names}</source>
        <comment>settings.unknown_sections</comment>
        <translation>알 수 없는 항목이 {n}개 있습니다: {names}</translation>
    </message>
    <message>
        <source>network: {problem}</source>
        <comment>settings.network_stack</comment>
        <translation>네트워크: {problem}</translation>
    </message>
    <message>
        <source>setting &apos;{setting}&apos; has the wrong type: {value} (like {default} expected)</source>
        <comment>settings.wrong_type</comment>
        <translation>설정 &apos;{setting}&apos;의 자료형이 잘못되었습니다: {value} ({default} 같은 값이어야 합니다)</translation>
    </message>
    <message>
        <source>unknown {n:p|feature|features} {names}: use {choices}</source>
        <comment>features.unknown</comment>
        <translation>알 수 없는 특성 {n}개({names}): {choices} 중에서 쓰세요</translation>
    </message>
    <message>
        <source>unknown landscape directions {value}: use one of {choices}</source>
        <comment>landscape_settings.unknown_directions</comment>
        <translation>알 수 없는 손실 지형 방향 {value}: {choices} 중 하나를 쓰세요</translation>
    </message>
    <message>
        <source>unknown direction normalisation {value}: use {choices}</source>
        <comment>landscape_settings.unknown_norm</comment>
        <translation>알 수 없는 방향 정규화 {value}: {choices} 중 하나를 쓰세요</translation>
    </message>
    <message>
        <source>bias must be one of {choices}, not {value}</source>
        <comment>landscape_settings.unknown_bias</comment>
        <translation>편향 설정은 {choices} 중 하나여야 합니다. {value}은(는) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>landscape resolution {value}: allowed {low} to {high}</source>
        <comment>landscape_settings.resolution</comment>
        <translation>손실 지형 해상도 {value}: {low}에서 {high}까지 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>the line between two files needs exactly two experiment files</source>
        <comment>landscape_settings.files_needs_two</comment>
        <translation>두 파일 사이의 직선에는 실험 파일이 정확히 두 개 필요합니다</translation>
    </message>
    <message>
        <source>landscape range {value} must be positive, at most {high}</source>
        <comment>landscape_settings.span</comment>
        <translation>손실 지형 범위 {value}은(는) {high} 이하의 양수여야 합니다</translation>
    </message>
    <message>
        <source>{name}: cannot read demo file: {problem}</source>
        <comment>demo.unreadable</comment>
        <translation>{name}: 데모 파일을 읽을 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>{name}: missing &apos;{key}&apos;</source>
        <comment>demo.missing_key</comment>
        <translation>{name}: &apos;{key}&apos;이(가) 없습니다</translation>
    </message>
    <message>
        <source>{name}: &apos;{key}&apos; needs an English (&apos;en&apos;) text</source>
        <comment>demo.needs_english</comment>
        <translation>{name}: &apos;{key}&apos;에는 영어(&apos;en&apos;) 텍스트가 있어야 합니다</translation>
    </message>
    <message>
        <source>{name}: unknown {n:p|view|views} {views}</source>
        <comment>demo.unknown_views</comment>
        <translation>{name}: 알 수 없는 보기 {n}개({views})</translation>
    </message>
    <message>
        <source>{name}: &apos;figure&apos; needs a &apos;label&apos; text and a &apos;metric&apos;, one of {choices}</source>
        <comment>demo.bad_figure</comment>
        <translation>{name}: &apos;figure&apos;에는 &apos;label&apos; 텍스트와 {choices} 중 하나인 &apos;metric&apos;이 있어야 합니다</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <comment>demo.in_file</comment>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <source>&apos;claims&apos; must be a list of claims</source>
        <comment>demo.claims_not_list</comment>
        <translation>&apos;claims&apos;는 주장의 목록이어야 합니다</translation>
    </message>
    <message>
        <source>claim {index}: {problem}</source>
        <comment>demo.bad_claim</comment>
        <translation>주장 {index}: {problem}</translation>
    </message>
    <message>
        <source>a claim must be an object with &apos;steps&apos;, &apos;metric&apos; and a bound</source>
        <comment>claim.not_object</comment>
        <translation>주장은 &apos;steps&apos;, &apos;metric&apos;과 경계값이 있는 객체여야 합니다</translation>
    </message>
    <message>
        <source>unknown keys: {names}</source>
        <comment>claim.unknown_keys</comment>
        <translation>알 수 없는 키: {names}</translation>
    </message>
    <message>
        <source>&apos;steps&apos; must be a whole number from 1 to 1,000,000, not {value}</source>
        <comment>claim.steps</comment>
        <translation>&apos;steps&apos;는 1부터 1,000,000까지의 정수여야 합니다({value}는 안 됩니다)</translation>
    </message>
    <message>
        <source>&apos;metric&apos; must be one of {choices}</source>
        <comment>claim.metric</comment>
        <translation>&apos;metric&apos;은 {choices} 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>a claim needs &apos;at_least&apos; or &apos;at_most&apos; (a number)</source>
        <comment>claim.no_bound</comment>
        <translation>주장에는 &apos;at_least&apos;나 &apos;at_most&apos;(숫자)가 있어야 합니다</translation>
    </message>
    <message>
        <source>&apos;run&apos; {run} is none of the comparison&apos;s runs ({labels}) nor &apos;*&apos;</source>
        <comment>claim.run</comment>
        <translation>&apos;run&apos; {run}은(는) 비교 실행({labels})에도 &apos;*&apos;에도 없습니다</translation>
    </message>
    <message>
        <source>&apos;run&apos; names a run, but this demo trains only one</source>
        <comment>claim.run_without_comparison</comment>
        <translation>&apos;run&apos;이 실행을 가리키지만 이 데모는 하나만 학습합니다</translation>
    </message>
    <message>
        <source>&apos;changes&apos; must be an object of settings sections</source>
        <comment>claim.changes</comment>
        <translation>&apos;changes&apos;는 설정 구역의 객체여야 합니다</translation>
    </message>
    <message>
        <source>{name}: bad &apos;landscape&apos; settings: {problem}</source>
        <comment>demo.bad_landscape</comment>
        <translation>{name}: &apos;landscape&apos; 설정이 잘못되었습니다: {problem}</translation>
    </message>
    <message>
        <source>no demo &apos;{demo}&apos;: available demos are {ids}</source>
        <comment>demo.no_such_demo</comment>
        <translation>&apos;{demo}&apos; 데모는 없습니다: 있는 데모는 {ids}입니다</translation>
    </message>
    <message>
        <source>unknown word task {name}: choose one of {choices}</source>
        <comment>settings.word_task</comment>
        <translation>알 수 없는 단어 과제 {name}: {choices} 중에서 고르세요</translation>
    </message>
    <message>
        <source>{value} words of context: choose a whole number from 1 to {high}</source>
        <comment>settings.word_context</comment>
        <translation>문맥 단어 {value}개: 1에서 {high} 사이의 정수를 고르세요</translation>
    </message>
    <message>
        <source>{value} negative samples: choose a whole number from 1 to {high}</source>
        <comment>settings.word_negatives</comment>
        <translation>음성 표본 {value}개: 1에서 {high} 사이의 정수를 고르세요</translation>
    </message>
    <message>
        <source>a vocabulary of {value} words: choose a whole number from {low} to {high}</source>
        <comment>settings.word_vocabulary</comment>
        <translation>어휘 {value}개: {low}에서 {high} 사이의 정수를 고르세요</translation>
    </message>
    <message>
        <source>no generated corpus in {name}: choose one of {choices}</source>
        <comment>settings.word_language</comment>
        <translation>{name} 언어로 생성된 말뭉치는 없습니다: {choices} 중에서 고르세요</translation>
    </message>
    <message>
        <source>{value} sentences: choose a whole number from 1 to {high}</source>
        <comment>settings.word_sentences</comment>
        <translation>문장 {value}개: 1에서 {high} 사이의 정수를 고르세요</translation>
    </message>
    <message>
        <source>attention is {value}: choose true or false</source>
        <comment>settings.translator_attention</comment>
        <translation>어텐션 값이 {value}입니다: true 또는 false를 고르세요</translation>
    </message>
    <message>
        <source>a translator {value} units wide: choose a whole number from {low} to {high}</source>
        <comment>settings.translator_hidden</comment>
        <translation>번역기 너비 {value}: {low}에서 {high} 사이의 정수를 고르세요</translation>
    </message>
    <message>
        <source>word vectors of length {value}: choose a whole number from {low} to {high}</source>
        <comment>settings.translator_embedding</comment>
        <translation>단어 벡터 길이 {value}: {low}에서 {high} 사이의 정수를 고르세요</translation>
    </message>
    <message>
        <source>no scene captions in {name}: choose one of {choices}</source>
        <comment>settings.caption_language</comment>
        <translation>{name} 언어의 장면 캡션은 없습니다: {choices} 중에서 고르세요</translation>
    </message>
    <message>
        <source>{value} scenes: choose a whole number from {low} to {high}</source>
        <comment>settings.caption_scenes</comment>
        <translation>장면 {value}개: {low}에서 {high} 사이의 정수를 고르세요</translation>
    </message>
    <message>
        <source>{name} is {value}: choose a whole number from {low} to {high}</source>
        <comment>settings.caption_range</comment>
        <translation>{name} 값이 {value}입니다: {low}에서 {high} 사이의 정수를 고르세요</translation>
    </message>
    <message>
        <source>a word dropout of {value}: choose a share from 0 up to (not including) 1</source>
        <comment>settings.caption_word_dropout</comment>
        <translation>단어 드롭아웃 {value}: 0 이상 1 미만의 비율을 고르세요</translation>
    </message>
    <message>
        <source>unknown dataset {dataset}: choose one of {choices}</source>
        <comment>data.unknown_dataset</comment>
        <translation>알 수 없는 데이터셋 {dataset}: {choices} 중 하나를 고르세요</translation>
    </message>
    <message>
        <source>{name} must be a whole number, not {value}</source>
        <comment>data.not_whole</comment>
        <translation>{name}에는 정수를 써야 합니다: {value}은(는) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>{name} {number} is out of range: allowed {limit}</source>
        <comment>data.out_of_range</comment>
        <translation>{name} {number}은(는) 범위를 벗어났습니다: {limit}만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>from {low} to {high:,}</source>
        <comment>data.range_between</comment>
        <translation>{low}부터 {high:,}까지</translation>
    </message>
    <message>
        <source>at least {low}</source>
        <comment>data.range_at_least</comment>
        <translation>{low} 이상</translation>
    </message>
    <message>
        <source>number of points</source>
        <comment>data.name_points</comment>
        <translation>점의 개수</translation>
    </message>
    <message>
        <source>number of images</source>
        <comment>data.name_images</comment>
        <translation>이미지 수</translation>
    </message>
    <message>
        <source>number of sequences</source>
        <comment>data.name_sequences</comment>
        <translation>시퀀스 수</translation>
    </message>
    <message>
        <source>seed</source>
        <comment>data.name_seed</comment>
        <translation>시드</translation>
    </message>
    <message>
        <source>sequence length</source>
        <comment>data.name_seq_length</comment>
        <translation>시퀀스 길이</translation>
    </message>
    <message>
        <source>number of classes</source>
        <comment>data.name_classes</comment>
        <translation>클래스 수</translation>
    </message>
    <message>
        <source>noise {noise} must be between 0 and 1</source>
        <comment>data.noise_range</comment>
        <translation>노이즈 {noise}은(는) 0과 1 사이여야 합니다</translation>
    </message>
    <message>
        <source>train ratio {ratio} must be between 0 and 1</source>
        <comment>data.train_ratio_range</comment>
        <translation>학습 비율 {ratio}은(는) 0과 1 사이여야 합니다</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <comment>data.at_line</comment>
        <translation>{line}번째 줄: {problem}</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <comment>data.list</comment>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <source>{classes} classes requested: classification needs at least 2</source>
        <comment>points.too_few_classes</comment>
        <translation>클래스를 {classes}개 요청했습니다: 분류에는 적어도 2개가 필요합니다</translation>
    </message>
    <message>
        <source>custom point {number} {point}: expected three numbers (x1, x2, label)</source>
        <comment>points.not_three_numbers</comment>
        <translation>사용자 점 {number} {point}: 세 개의 수(x1, x2, 레이블)가 있어야 합니다</translation>
    </message>
    <message>
        <source>custom point {number} {point}: not a finite number</source>
        <comment>points.not_finite</comment>
        <translation>사용자 점 {number} {point}: 유한한 수가 아닙니다</translation>
    </message>
    <message>
        <source>custom point {number} has label {label:g}: use a class number from 0 to {last}</source>
        <comment>points.bad_label</comment>
        <translation>사용자 점 {number}의 레이블이 {label:g}입니다: 0부터 {last}까지의 클래스 번호를 쓰세요</translation>
    </message>
    <message>
        <source>labelled examples must be a whole number, not {value}</source>
        <comment>images.labels_not_whole</comment>
        <translation>레이블이 있는 예제 수는 정수여야 합니다: {value}은(는) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>labelled examples {keep} must not be negative (0 keeps all)</source>
        <comment>images.labels_negative</comment>
        <translation>레이블이 있는 예제 수 {keep}은(는) 음수일 수 없습니다(0이면 모두 유지합니다)</translation>
    </message>
    <message>
        <source>{keep} labelled examples cannot show all {classes} classes: keep at least {classes}, or 0 for all</source>
        <comment>images.labels_too_few</comment>
        <translation>레이블이 있는 예제 {keep}개로는 {classes}개 클래스를 모두 보여줄 수 없습니다: 적어도 {classes}개를 남기거나, 모두 남기려면 0을 쓰세요</translation>
    </message>
    <message>
        <source>the bundled digits ({file}) cannot be read: {problem}; reinstall Deepscope or run tools/make_digits.py</source>
        <comment>digits.unreadable</comment>
        <translation>내장된 숫자 데이터({file})를 읽을 수 없습니다: {problem}. Deepscope를 다시 설치하거나 tools/make_digits.py를 실행하세요</translation>
    </message>
    <message>
        <source>the bundled digits have an unexpected shape {shape}</source>
        <comment>digits.bad_shape</comment>
        <translation>내장된 숫자 데이터의 모양이 예상과 다릅니다: {shape}</translation>
    </message>
    <message>
        <source>{classes} shape classes requested: choose 2 to {most}</source>
        <comment>shapes.classes_range</comment>
        <translation>도형 클래스를 {classes}개 요청했습니다: 2부터 {most}까지 고르세요</translation>
    </message>
    <message>
        <source>augmentation must be a list of names, not {value}</source>
        <comment>augment.not_a_list</comment>
        <translation>증강은 이름의 목록이어야 합니다: {value}은(는) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>unknown augmentation {name}: use any of {choices}</source>
        <comment>augment.unknown</comment>
        <translation>알 수 없는 증강 {name}: {choices} 중에서 쓰세요</translation>
    </message>
    <message>
        <source>augmentation strength must be a number, not {value}</source>
        <comment>augment.strength_not_number</comment>
        <translation>증강 강도는 수여야 합니다: {value}은(는) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>augmentation strength {strength:g} must be between 0 and 1</source>
        <comment>augment.strength_range</comment>
        <translation>증강 강도 {strength:g}은(는) 0과 1 사이여야 합니다</translation>
    </message>
    <message>
        <source>{count:,} sequences of {length} steps are too many numbers: at most {limit:,} in all; choose fewer or shorter sequences</source>
        <comment>sequences.too_many_values</comment>
        <translation>{length}단계짜리 시퀀스 {count:,}개는 수가 너무 많습니다: 모두 합해 {limit:,}개까지입니다. 시퀀스를 줄이거나 짧게 하세요</translation>
    </message>
    <message>
        <source>unknown problem {problem}: use &apos;classification&apos; or &apos;regression&apos;</source>
        <comment>csv.unknown_problem</comment>
        <translation>알 수 없는 문제 유형 {problem}: &apos;classification&apos; 또는 &apos;regression&apos;을 쓰세요</translation>
    </message>
    <message>
        <source>expected 3 columns ({columns}) separated by {separator}, got {count}</source>
        <comment>csv.column_count</comment>
        <translation>{separator}(으)로 구분된 3개의 열({columns})이 있어야 하는데 {count}개입니다</translation>
    </message>
    <message>
        <source>spaces</source>
        <comment>csv.by_spaces</comment>
        <translation>공백</translation>
    </message>
    <message>
        <source>tabs</source>
        <comment>csv.by_tabs</comment>
        <translation>탭</translation>
    </message>
    <message>
        <source>&apos;{char}&apos;</source>
        <comment>csv.by_char</comment>
        <translation>&apos;{char}&apos;</translation>
    </message>
    <message>
        <source>more than {limit:,} data rows: Deepscope reads at most {limit:,} points</source>
        <comment>csv.too_many_rows</comment>
        <translation>데이터 행이 {limit:,}개보다 많습니다: Deepscope는 점을 {limit:,}개까지만 읽습니다</translation>
    </message>
    <message>
        <source>no data rows: the file holds no points (x1, x2, {column}) after its header and comments</source>
        <comment>csv.no_rows</comment>
        <translation>데이터 행이 없습니다: 머리글과 주석 뒤에 점(x1, x2, {column})이 하나도 없습니다</translation>
    </message>
    <message>
        <source>column {column} is empty</source>
        <comment>csv.empty_field</comment>
        <translation>{column} 열이 비어 있습니다</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; in column {column} is not a finite number</source>
        <comment>csv.not_finite</comment>
        <translation>{column} 열의 &apos;{field}&apos;은(는) 유한한 수가 아닙니다</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; in column {column} is not a number</source>
        <comment>csv.not_a_number</comment>
        <translation>{column} 열의 &apos;{field}&apos;은(는) 수가 아닙니다</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; in column {column} is too large</source>
        <comment>csv.too_large</comment>
        <translation>{column} 열의 &apos;{field}&apos;은(는) 너무 큽니다</translation>
    </message>
    <message>
        <source>label &apos;{field}&apos; is not a class number: use 0, 1, 2, ... (at most {classes} classes)</source>
        <comment>csv.label_not_class</comment>
        <translation>레이블 &apos;{field}&apos;은(는) 클래스 번호가 아닙니다: 0, 1, 2, ...를 쓰세요(클래스는 최대 {classes}개)</translation>
    </message>
    <message>
        <source>label {label} is too large: at most {classes} classes, numbered 0 to {last}</source>
        <comment>csv.label_too_large</comment>
        <translation>레이블 {label}이(가) 너무 큽니다: 클래스는 최대 {classes}개이며 0부터 {last}까지 번호를 붙입니다</translation>
    </message>
    <message>
        <source>{path} is a folder, not a CSV file</source>
        <comment>csv.is_folder</comment>
        <translation>{path}은(는) CSV 파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>{name} is too large for a points file (more than {mib} MiB)</source>
        <comment>csv.file_too_large</comment>
        <translation>{name}은(는) 점 파일로 쓰기에 너무 큽니다({mib} MiB 초과)</translation>
    </message>
    <message>
        <source>file not found: {path}</source>
        <comment>csv.not_found</comment>
        <translation>파일을 찾을 수 없습니다: {path}</translation>
    </message>
    <message>
        <source>cannot read {path}: permission denied</source>
        <comment>csv.permission_denied</comment>
        <translation>{path}을(를) 읽을 수 없습니다: 권한이 없습니다</translation>
    </message>
    <message>
        <source>cannot read {path}: {problem}</source>
        <comment>csv.cannot_read</comment>
        <translation>{path}을(를) 읽을 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>{name} is not readable UTF-16 text</source>
        <comment>csv.bad_utf16</comment>
        <translation>{name}은(는) 읽을 수 있는 UTF-16 텍스트가 아닙니다</translation>
    </message>
    <message>
        <source>{name} looks like a spreadsheet or zip archive, not CSV text: export it as CSV first</source>
        <comment>csv.spreadsheet</comment>
        <translation>{name}은(는) CSV 텍스트가 아니라 스프레드시트나 zip 압축 파일로 보입니다: 먼저 CSV로 내보내세요</translation>
    </message>
    <message>
        <source>{name} looks like a binary file, not CSV text</source>
        <comment>csv.binary</comment>
        <translation>{name}은(는) CSV 텍스트가 아니라 바이너리 파일로 보입니다</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text (byte 0x{byte:02x}): save it as UTF-8 CSV</source>
        <comment>csv.not_utf8</comment>
        <translation>{name}은(는) UTF-8 텍스트가 아닙니다(바이트 0x{byte:02x}): UTF-8 CSV로 저장하세요</translation>
    </message>
    <message>
        <source>{name} is not an IDX file: it is only {size} bytes long</source>
        <comment>idx.too_short</comment>
        <translation>{name}은(는) IDX 파일이 아닙니다: 겨우 {size}바이트입니다</translation>
    </message>
    <message>
        <source>{name} is not an IDX {kind} file: it starts with bytes {start} instead of 00 00 08 0{dims}</source>
        <comment>idx.bad_start</comment>
        <translation>{name}은(는) IDX {kind} 파일이 아닙니다: 00 00 08 0{dims}이(가) 아니라 {start} 바이트로 시작합니다</translation>
    </message>
    <message>
        <source>images</source>
        <comment>idx.kind_images</comment>
        <translation>이미지</translation>
    </message>
    <message>
        <source>labels</source>
        <comment>idx.kind_labels</comment>
        <translation>레이블</translation>
    </message>
    <message>
        <source>{name} stores {type}: only IDX files of unsigned bytes (type 0x08, as MNIST) can be read</source>
        <comment>idx.wrong_type</comment>
        <translation>{name}에는 {type}이(가) 저장되어 있습니다: 부호 없는 바이트(MNIST처럼 형식 0x08)로 된 IDX 파일만 읽을 수 있습니다</translation>
    </message>
    <message>
        <source>unsigned bytes</source>
        <comment>idx.type_unsigned_bytes</comment>
        <translation>부호 없는 바이트</translation>
    </message>
    <message>
        <source>signed bytes</source>
        <comment>idx.type_signed_bytes</comment>
        <translation>부호 있는 바이트</translation>
    </message>
    <message>
        <source>16-bit integers</source>
        <comment>idx.type_int16</comment>
        <translation>16비트 정수</translation>
    </message>
    <message>
        <source>32-bit integers</source>
        <comment>idx.type_int32</comment>
        <translation>32비트 정수</translation>
    </message>
    <message>
        <source>32-bit floats</source>
        <comment>idx.type_float32</comment>
        <translation>32비트 부동소수점 수</translation>
    </message>
    <message>
        <source>64-bit floats</source>
        <comment>idx.type_float64</comment>
        <translation>64비트 부동소수점 수</translation>
    </message>
    <message>
        <source>{name} is {other} (magic 0x{magic:08X}), expected IDX {kind} (magic 0x{expected:08X})</source>
        <comment>idx.wrong_dims</comment>
        <translation>{name}은(는) {other}입니다(매직 넘버 0x{magic:08X}). IDX {kind} 파일(매직 넘버 0x{expected:08X})이어야 합니다</translation>
    </message>
    <message>
        <source>a labels file</source>
        <comment>idx.other_labels</comment>
        <translation>레이블 파일</translation>
    </message>
    <message>
        <source>an images file</source>
        <comment>idx.other_images</comment>
        <translation>이미지 파일</translation>
    </message>
    <message>
        <source>{dims}-dimensional</source>
        <comment>idx.other_dims</comment>
        <translation>{dims}차원 파일</translation>
    </message>
    <message>
        <source>{name} is truncated: it ends inside its header</source>
        <comment>idx.truncated_header</comment>
        <translation>{name}이(가) 잘렸습니다: 헤더 중간에서 끝납니다</translation>
    </message>
    <message>
        <source>{name} is truncated: its header promises {shape} values ({expected:,} bytes) but the file holds {size:,} bytes</source>
        <comment>idx.truncated</comment>
        <translation>{name}이(가) 잘렸습니다: 헤더에 따르면 값이 {shape}개({expected:,}바이트)여야 하지만 파일은 {size:,}바이트입니다</translation>
    </message>
    <message>
        <source>{name} has {extra:,} bytes after the {shape} values its header announces</source>
        <comment>idx.extra_bytes</comment>
        <translation>{name}에는 헤더가 알리는 {shape}개의 값 뒤에 {extra:,}바이트가 더 있습니다</translation>
    </message>
    <message>
        <source>{name} was not found in {folder}</source>
        <comment>idx.not_found</comment>
        <translation>{folder}에서 {name}을(를) 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>{path} is a folder, not an IDX file</source>
        <comment>idx.is_folder</comment>
        <translation>{path}은(는) IDX 파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>{name} cannot be read: {problem}</source>
        <comment>idx.cannot_read</comment>
        <translation>{name}을(를) 읽을 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>{name} holds more than {mb} MB: too much for the playground</source>
        <comment>idx.too_big</comment>
        <translation>{name}은(는) {mb} MB보다 큽니다: 플레이그라운드에는 너무 많습니다</translation>
    </message>
    <message>
        <source>{name} is a labels file: open the images file beside it (the same name with &quot;images&quot;)</source>
        <comment>idx.is_labels_file</comment>
        <translation>{name}은(는) 레이블 파일입니다: 옆에 있는 이미지 파일(이름에 &quot;labels&quot; 대신 &quot;images&quot;가 든 파일)을 여세요</translation>
    </message>
    <message>
        <source>{name}: the images file&apos;s name must contain &quot;images&quot; so its labels file (same name with &quot;labels&quot;) can be found</source>
        <comment>idx.name_without_images</comment>
        <translation>{name}: 레이블 파일(같은 이름에 &quot;labels&quot;가 든 파일)을 찾을 수 있도록 이미지 파일의 이름에 &quot;images&quot;가 들어 있어야 합니다</translation>
    </message>
    <message>
        <source>no labels file for {name}: expected {expected} in the same folder</source>
        <comment>idx.no_labels_file</comment>
        <translation>{name}의 레이블 파일이 없습니다: 같은 폴더에 {expected}이(가) 있어야 합니다</translation>
    </message>
    <message>
        <source>{name} holds no examples</source>
        <comment>idx.no_examples</comment>
        <translation>{name}에는 예제가 없습니다</translation>
    </message>
    <message>
        <source>{name} has labels up to {top}: at most {classes} classes (0 to {last}) fit</source>
        <comment>idx.too_many_classes</comment>
        <translation>{name}의 레이블이 {top}까지 있습니다: 클래스는 최대 {classes}개(0부터 {last}까지)입니다</translation>
    </message>
    <message>
        <source>{name} has only class {label}: a classifier needs at least two classes</source>
        <comment>idx.one_class</comment>
        <translation>{name}에는 클래스 {label}만 있습니다: 분류기에는 적어도 두 클래스가 필요합니다</translation>
    </message>
    <message>
        <source>{labels_name} has {labels:,} labels but {name} has {images:,} images: they must be of the same set</source>
        <comment>idx.count_mismatch</comment>
        <translation>{labels_name}에는 레이블이 {labels:,}개 있지만 {name}에는 이미지가 {images:,}개 있습니다: 같은 세트의 파일이어야 합니다</translation>
    </message>
    <message>
        <source>{name} holds {count:,} images: at most {limit:,} fit</source>
        <comment>idx.too_many_images</comment>
        <translation>{name}에는 이미지가 {count:,}개 있습니다: 최대 {limit:,}개까지 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>{name} has images of {height}×{width} pixels: at most {side}×{side} (they are resampled to 28×28)</source>
        <comment>idx.images_too_large</comment>
        <translation>{name}의 이미지는 {height}×{width}픽셀입니다: 최대 {side}×{side}까지입니다(28×28로 다시 샘플링됩니다)</translation>
    </message>
    <message>
        <source>no IDX file chosen: open an images file (…-images-idx3-ubyte)</source>
        <comment>idx.no_file</comment>
        <translation>IDX 파일을 고르지 않았습니다: 이미지 파일(…-images-idx3-ubyte)을 여세요</translation>
    </message>
    <message>
        <source>{folder} is not a folder: choose a folder with one sub-folder of images per class</source>
        <comment>image_folder.not_a_folder</comment>
        <translation>{folder}은(는) 폴더가 아닙니다: 클래스마다 이미지 하위 폴더가 하나씩 있는 폴더를 고르세요</translation>
    </message>
    <message>
        <source>{name} cannot be read: {problem}</source>
        <comment>image_folder.cannot_read</comment>
        <translation>{name}을(를) 읽을 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>{name} has no sub-folders: put the images of each class in a sub-folder named after the class</source>
        <comment>image_folder.no_subfolders</comment>
        <translation>{name}에는 하위 폴더가 없습니다: 각 클래스의 이미지를 클래스 이름을 붙인 하위 폴더에 넣으세요</translation>
    </message>
    <message>
        <source>{name} has {count} sub-folders: at most {limit} classes fit</source>
        <comment>image_folder.too_many_classes</comment>
        <translation>{name}에는 하위 폴더가 {count}개 있습니다: 클래스는 최대 {limit}개까지입니다</translation>
    </message>
    <message>
        <source>{name}: the class folder {folder!r} holds no images ({suffixes}): add some or remove it</source>
        <comment>image_folder.empty_class</comment>
        <translation>{name}: 클래스 폴더 {folder!r}에 이미지({suffixes})가 없습니다: 이미지를 넣거나 폴더를 지우세요</translation>
    </message>
    <message>
        <source>{name} has only the class {label!r}: a classifier needs at least two sub-folders of images</source>
        <comment>image_folder.one_class</comment>
        <translation>{name}에는 클래스 {label!r}만 있습니다: 분류기에는 이미지 하위 폴더가 적어도 두 개 필요합니다</translation>
    </message>
    <message>
        <source>{name} holds {count:,} images: at most {limit:,} fit</source>
        <comment>image_folder.too_many_files</comment>
        <translation>{name}에는 이미지가 {count:,}개 있습니다: 최대 {limit:,}개까지 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>larger than {mb} MB</source>
        <comment>image_folder.file_too_large</comment>
        <translation>{mb} MB보다 큼</translation>
    </message>
    <message>
        <source>{file} ({problem})</source>
        <comment>image_folder.broken_file</comment>
        <translation>{file}({problem})</translation>
    </message>
    <message>
        <source>{name}: {count} file(s) cannot be read as images: {files}. Delete or replace them and open the folder again</source>
        <comment>image_folder.broken</comment>
        <translation>{name}: 파일 {count}개를 이미지로 읽을 수 없습니다: {files}. 지우거나 바꾼 뒤 폴더를 다시 여세요</translation>
    </message>
    <message>
        <source>{name}: {count} file(s) cannot be read as images: {files} and {more} more. Delete or replace them and open the folder again</source>
        <comment>image_folder.broken_more</comment>
        <translation>{name}: 파일 {count}개를 이미지로 읽을 수 없습니다: {files} 외 {more}개. 지우거나 바꾼 뒤 폴더를 다시 여세요</translation>
    </message>
    <message>
        <source>no image folder chosen: open a folder with one sub-folder per class</source>
        <comment>image_folder.no_folder</comment>
        <translation>이미지 폴더를 고르지 않았습니다: 클래스마다 하위 폴더가 하나씩 있는 폴더를 여세요</translation>
    </message>
    <message>
        <source>Choose a text file (.txt) to train on.</source>
        <comment>text.no_file</comment>
        <translation>학습할 텍스트 파일(.txt)을 고르세요.</translation>
    </message>
    <message>
        <source>{name} is {mb:.1f} MB: text files up to {limit} MB can be read. Use a part of it.</source>
        <comment>text.too_large</comment>
        <translation>{name}은(는) {mb:.1f} MB입니다: 텍스트 파일은 {limit} MB까지 읽을 수 있습니다. 일부만 쓰세요.</translation>
    </message>
    <message>
        <source>{name} is a folder, not a text file.</source>
        <comment>text.is_folder</comment>
        <translation>{name}은(는) 텍스트 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {problem}.</source>
        <comment>text.cannot_read</comment>
        <translation>{name}을(를) 읽을 수 없습니다: {problem}.</translation>
    </message>
    <message>
        <source>{name} is a binary file (it contains zero bytes), not text. Choose a plain .txt file.</source>
        <comment>text.binary</comment>
        <translation>{name}은(는) 텍스트가 아니라 바이너리 파일입니다(0인 바이트가 있습니다). 일반 .txt 파일을 고르세요.</translation>
    </message>
    <message>
        <source>{name} holds {count} characters: a character model needs at least {least} to learn from.</source>
        <comment>text.too_short</comment>
        <translation>{name}에는 글자가 {count}개 있습니다: 문자 모델이 배우려면 적어도 {least}개가 필요합니다.</translation>
    </message>
    <message>
        <source>{name} starts like UTF-16 text but byte {position} does not decode.</source>
        <comment>text.bad_utf16</comment>
        <translation>{name}은(는) UTF-16 텍스트처럼 시작하지만 {position}번 바이트를 해독할 수 없습니다.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text: byte 0x{byte:02x} at position {position} (line {line}) does not decode. Save the file as UTF-8 (most editors offer it under &apos;Save as&apos; or &apos;Encoding&apos;).</source>
        <comment>text.not_utf8</comment>
        <translation>{name}은(는) UTF-8 텍스트가 아닙니다: {position}번 위치({line}번째 줄)의 바이트 0x{byte:02x}을(를) 해독할 수 없습니다. 파일을 UTF-8로 저장하세요(대부분의 편집기에서 &apos;다른 이름으로 저장&apos;이나 &apos;인코딩&apos;에 있습니다).</translation>
    </message>
    <message>
        <source>the text is shorter than one sequence of {length} characters plus one: choose shorter sequences</source>
        <comment>text.shorter_than_window</comment>
        <translation>텍스트가 {length}글자짜리 시퀀스 하나에 한 글자를 더한 것보다 짧습니다: 더 짧은 시퀀스를 고르세요</translation>
    </message>
    <message>
        <source>the text ({count:,} characters) is too short to split into training and test sequences of {length} characters: choose shorter sequences</source>
        <comment>text.too_short_to_split</comment>
        <translation>텍스트({count:,}글자)가 너무 짧아 {length}글자짜리 학습 시퀀스와 테스트 시퀀스로 나눌 수 없습니다: 더 짧은 시퀀스를 고르세요</translation>
    </message>
    <message>
        <source>no generated word corpus in the language &apos;{language}&apos;: choose one of {known}</source>
        <comment>words.unknown_language</comment>
        <translation>&apos;{language}&apos; 언어로 생성된 단어 말뭉치는 없습니다: {known} 중에서 고르세요</translation>
    </message>
    <message>
        <source>{name} holds no words: choose a text file with sentences in it</source>
        <comment>words.empty</comment>
        <translation>{name}에는 단어가 없습니다: 문장이 들어 있는 텍스트 파일을 고르세요</translation>
    </message>
    <message>
        <source>{name} holds only the word &apos;{word}&apos;: a word model needs different words to tell apart</source>
        <comment>words.one_word</comment>
        <translation>{name}에는 &apos;{word}&apos;라는 단어 하나뿐입니다: 단어 모델이 구별할 수 있도록 서로 다른 단어가 필요합니다</translation>
    </message>
    <message>
        <source>{name} holds {count} words: a word model needs at least {least} to learn from</source>
        <comment>words.too_few</comment>
        <translation>{name}에는 단어가 {count}개 있습니다: 단어 모델이 배우려면 적어도 {least}개가 필요합니다</translation>
    </message>
    <message>
        <source>{name} is one sentence: end sentences with a full stop or put them on lines of their own, so some can be held out to test on</source>
        <comment>words.one_sentence</comment>
        <translation>{name}은(는) 한 문장입니다: 일부를 시험용으로 떼어 둘 수 있도록 문장을 마침표로 끝내거나 한 줄에 한 문장씩 쓰세요</translation>
    </message>
    <message>
        <source>the training share of the sentences is {ratio}: choose a share between 0 and 1</source>
        <comment>words.bad_split</comment>
        <translation>학습에 쓸 문장의 비율이 {ratio}입니다: 0과 1 사이의 비율을 고르세요</translation>
    </message>
    <message>
        <source>number of sentences</source>
        <comment>data.name_sentences</comment>
        <translation>문장 수</translation>
    </message>
    <message>
        <source>number of scenes</source>
        <comment>data.name_scenes</comment>
        <translation>장면 수</translation>
    </message>
    <message>
        <source>type an English sentence to translate</source>
        <comment>translation.empty_sentence</comment>
        <translation>번역할 영어 문장을 입력하세요</translation>
    </message>
    <message>
        <source>the sentence has {n} words: the encoder reads at most {most}</source>
        <comment>translation.too_long</comment>
        <translation>문장이 {n}단어입니다: 인코더는 {most}단어까지 읽습니다</translation>
    </message>
    <message>
        <source>{n} word(s) the translator never saw, read as &lt;unk&gt;: {words}</source>
        <comment>translation.unknown_words</comment>
        <translation>번역기가 본 적 없는 단어 {n}개를 &lt;unk&gt;로 읽었습니다: {words}</translation>
    </message>
    <message>
        <source>layer {position}</source>
        <comment>layers.at</comment>
        <translation>{position}번 층</translation>
    </message>
    <message>
        <source>a layer</source>
        <comment>layers.a_layer</comment>
        <translation>어떤 층</translation>
    </message>
    <message>
        <source>{where} {kind}</source>
        <comment>layers.named</comment>
        <translation>{where} {kind}</translation>
    </message>
    <message>
        <source>the output layer</source>
        <comment>layers.output_layer</comment>
        <translation>출력층</translation>
    </message>
    <message>
        <source>{layer}: {problem}</source>
        <comment>layers.in_layer</comment>
        <translation>{layer}: {problem}</translation>
    </message>
    <message>
        <source>none</source>
        <comment>layers.none</comment>
        <translation>없음</translation>
    </message>
    <message>
        <source>{label} needs a value</source>
        <comment>layers.needs_value</comment>
        <translation>{label}에 값이 필요합니다</translation>
    </message>
    <message>
        <source>{label} must be on or off</source>
        <comment>layers.on_or_off</comment>
        <translation>{label}은(는) 켜거나 꺼야 합니다</translation>
    </message>
    <message>
        <source>{label} must be a number, not {value}</source>
        <comment>layers.not_a_number</comment>
        <translation>{label}은(는) 수여야 합니다: {value}은(는) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>{label} must be a finite number, not {value}</source>
        <comment>layers.not_finite</comment>
        <translation>{label}은(는) 유한한 수여야 합니다: {value}은(는) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>{label} must be a whole number, not {value}</source>
        <comment>layers.not_whole</comment>
        <translation>{label}은(는) 정수여야 합니다: {value}은(는) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>{label} {value:g} must be between {low:g} and {high:g}</source>
        <comment>layers.out_of_range</comment>
        <translation>{label} {value:g}은(는) {low:g}에서 {high:g} 사이여야 합니다</translation>
    </message>
    <message>
        <source>{kind} has no parameter {unknown} (it has: {known})</source>
        <comment>layers.no_such_parameter</comment>
        <translation>{kind}에는 {unknown} 매개변수가 없습니다(있는 것: {known})</translation>
    </message>
    <message>
        <source>{kind} cannot hold layers: only a residual block can</source>
        <comment>layers.cannot_hold_layers</comment>
        <translation>{kind}은(는) 안에 층을 담을 수 없습니다: 잔차 블록만 담을 수 있습니다</translation>
    </message>
    <message>
        <source>a layer must be an object with a &apos;kind&apos;, not {raw}</source>
        <comment>layers.not_an_object</comment>
        <translation>층은 &apos;kind&apos;가 있는 객체여야 합니다: {raw}은(는) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>a residual block&apos;s &apos;layers&apos; must be a list</source>
        <comment>layers.body_not_a_list</comment>
        <translation>잔차 블록의 &apos;layers&apos;는 목록이어야 합니다</translation>
    </message>
    <message>
        <source>unknown layer kind {kind}: use one of {kinds}</source>
        <comment>layers.unknown_kind</comment>
        <translation>알 수 없는 층 종류 {kind}: {kinds} 중 하나를 쓰세요</translation>
    </message>
    <message>
        <source>a layer stack must be a list of layers</source>
        <comment>layers.stack_not_a_list</comment>
        <translation>층 구성은 층의 목록이어야 합니다</translation>
    </message>
    <message>
        <source>a layer design must be an object</source>
        <comment>layers.design_not_an_object</comment>
        <translation>층 설계는 객체여야 합니다</translation>
    </message>
    <message>
        <source>the design has no usable input shape or outputs ({problem})</source>
        <comment>layers.design_unusable</comment>
        <translation>설계에 쓸 수 있는 입력 모양이나 출력 수가 없습니다({problem})</translation>
    </message>
    <message>
        <source>{where} is not a Layer but {value}: remove it</source>
        <comment>layers.not_a_layer</comment>
        <translation>{where}은(는) 층(Layer)이 아니라 {value}입니다: 지우세요</translation>
    </message>
    <message>
        <source>{where} has unknown kind {kind}: use one of {kinds}</source>
        <comment>layers.unknown_kind_at</comment>
        <translation>{where}의 종류 {kind}을(를) 알 수 없습니다: {kinds} 중 하나를 쓰세요</translation>
    </message>
    <message>
        <source>its parameters must be (name, value) pairs</source>
        <comment>layers.params_not_pairs</comment>
        <translation>매개변수는 (이름, 값) 쌍이어야 합니다</translation>
    </message>
    <message>
        <source>it has no parameter {unknown} (it has: {known})</source>
        <comment>layers.it_has_no_parameter</comment>
        <translation>{unknown} 매개변수가 없습니다(있는 것: {known})</translation>
    </message>
    <message>
        <source>its layers must be a tuple of layers</source>
        <comment>layers.body_not_a_tuple</comment>
        <translation>안의 층은 층의 튜플이어야 합니다</translation>
    </message>
    <message>
        <source>it cannot hold layers: only a residual block can</source>
        <comment>layers.it_cannot_hold_layers</comment>
        <translation>안에 층을 담을 수 없습니다: 잔차 블록만 담을 수 있습니다</translation>
    </message>
    <message>
        <source>{layer} takes {takes}, got {got}: {hint}</source>
        <comment>layers.wrong_layout</comment>
        <translation>{layer}은(는) {takes}을(를) 받는데 {got}이(가) 들어왔습니다: {hint}</translation>
    </message>
    <message>
        <source>{layer} expects {want} features, got {shape} = {numel}: add Flatten before it and set in_features to {numel} (or leave it automatic)</source>
        <comment>layers.linear_on_image</comment>
        <translation>{layer}은(는) 특징 {want}개를 기대하는데 {shape} = {numel}이(가) 들어왔습니다: 앞에 Flatten을 넣고 in_features를 {numel}(으)로 두세요(또는 자동으로 두세요)</translation>
    </message>
    <message>
        <source>{layer} expects {want} features per step, got {got}: set in_features to {n} (or leave it automatic)</source>
        <comment>layers.linear_per_step</comment>
        <translation>{layer}은(는) 스텝마다 특징 {want}개를 기대하는데 {got}이(가) 들어왔습니다: in_features를 {n}(으)로 두세요(또는 자동으로 두세요)</translation>
    </message>
    <message>
        <source>{layer} expects {want} features, got {n}: set in_features to {n} (or leave it automatic)</source>
        <comment>layers.linear_features</comment>
        <translation>{layer}은(는) 특징 {want}개를 기대하는데 {n}개가 들어왔습니다: in_features를 {n}(으)로 두세요(또는 자동으로 두세요)</translation>
    </message>
    <message>
        <source>{layer} expects {want} channels, got {got}: set in_channels to {n} (or leave it automatic)</source>
        <comment>layers.conv_channels</comment>
        <translation>{layer}은(는) 채널 {want}개를 기대하는데 {got}이(가) 들어왔습니다: in_channels를 {n}(으)로 두세요(또는 자동으로 두세요)</translation>
    </message>
    <message>
        <source>{layer}: a {k}×{k} kernel does not fit a {height}×{width} input (padding {padding}): use a smaller kernel or add padding</source>
        <comment>layers.kernel_too_big</comment>
        <translation>{layer}: {k}×{k} 커널이 {height}×{width} 입력(패딩 {padding})에 들어가지 않습니다: 커널을 줄이거나 패딩을 더하세요</translation>
    </message>
    <message>
        <source>{layer}: a {k}×{k} window does not fit a {height}×{width} input: use a smaller kernel or remove it</source>
        <comment>layers.window_too_big</comment>
        <translation>{layer}: {k}×{k} 창이 {height}×{width} 입력에 들어가지 않습니다: 커널을 줄이거나 이 층을 지우세요</translation>
    </message>
    <message>
        <source>{layer} has a vocabulary of {size}, got {got}: set num_embeddings to {vocab} or more (or leave it automatic)</source>
        <comment>layers.vocabulary_too_small</comment>
        <translation>{layer}의 어휘 크기는 {size}인데 {got}이(가) 들어왔습니다: num_embeddings를 {vocab} 이상으로 두세요(또는 자동으로 두세요)</translation>
    </message>
    <message>
        <source>{layer} is empty: add layers inside it, or remove it</source>
        <comment>layers.block_empty</comment>
        <translation>{layer}이(가) 비어 있습니다: 안에 층을 넣거나 블록을 지우세요</translation>
    </message>
    <message>
        <source>{layer} nests blocks more than {limit} deep: nest fewer</source>
        <comment>layers.nested_too_deep</comment>
        <translation>{layer}은(는) 블록을 {limit}단계보다 깊이 중첩합니다: 덜 중첩하세요</translation>
    </message>
    <message>
        <source>{layer} turns {shape} into {output}: a skip connection adds its input to its output, so both need the same shape (make it end with {shape})</source>
        <comment>layers.skip_misfit</comment>
        <translation>{layer}은(는) {shape}을(를) {output}(으)로 바꿉니다: 건너뛰기 연결은 입력을 출력에 더하므로 둘의 모양이 같아야 합니다({shape}(으)로 끝나게 하세요)</translation>
    </message>
    <message>
        <source>the output layer needs at least 1 output, not {value}</source>
        <comment>layers.head_needs_outputs</comment>
        <translation>출력층에는 출력이 1개 이상 필요합니다: {value}은(는) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>a layer stack must be a tuple of layers, not {value}</source>
        <comment>layers.stack_not_a_tuple</comment>
        <translation>층 구성은 층의 튜플이어야 합니다: {value}은(는) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>the input shape {shape} needs whole sizes of at least 1</source>
        <comment>layers.bad_input_shape</comment>
        <translation>입력 모양 {shape}의 크기는 모두 1 이상의 정수여야 합니다</translation>
    </message>
    <message>
        <source>the network has {total:,} parameters: Deepscope trains up to {limit:,}; use fewer units/channels or pool before Flatten ({layer} alone has {params:,})</source>
        <comment>layers.too_many_parameters</comment>
        <translation>이 신경망의 매개변수는 {total:,}개입니다. Deepscope는 {limit:,}개까지 학습합니다. 유닛이나 채널을 줄이거나 Flatten 앞에서 풀링하세요({layer} 하나만 {params:,}개입니다)</translation>
    </message>
    <message>
        <source>add an Embedding before it</source>
        <comment>layers.hint_add_embedding</comment>
        <translation>앞에 Embedding을 넣으세요</translation>
    </message>
    <message>
        <source>an Embedding reads token ids: put it first, on text data</source>
        <comment>layers.hint_embedding_first</comment>
        <translation>Embedding은 토큰 ID를 읽습니다: 텍스트 데이터에서 맨 앞에 두세요</translation>
    </message>
    <message>
        <source>use BatchNorm2d for an image, LayerNorm for a sequence</source>
        <comment>layers.hint_batchnorm1d</comment>
        <translation>이미지에는 BatchNorm2d를, 시퀀스에는 LayerNorm을 쓰세요</translation>
    </message>
    <message>
        <source>use BatchNorm1d for features, LayerNorm for a sequence</source>
        <comment>layers.hint_batchnorm2d</comment>
        <translation>특징에는 BatchNorm1d를, 시퀀스에는 LayerNorm을 쓰세요</translation>
    </message>
    <message>
        <source>add Flatten before it</source>
        <comment>layers.hint_add_flatten</comment>
        <translation>앞에 Flatten을 넣으세요</translation>
    </message>
    <message>
        <source>move it before Flatten, or use image data</source>
        <comment>layers.hint_before_flatten</comment>
        <translation>Flatten 앞으로 옮기거나 이미지 데이터를 쓰세요</translation>
    </message>
    <message>
        <source>put an Embedding or a recurrent layer before it, or use sequence data</source>
        <comment>layers.hint_sequence_first</comment>
        <translation>앞에 Embedding이나 순환 층을 넣거나 시퀀스 데이터를 쓰세요</translation>
    </message>
    <message>
        <source>add Flatten at the end</source>
        <comment>layers.hint_flatten_at_end</comment>
        <translation>맨 끝에 Flatten을 넣으세요</translation>
    </message>
    <message>
        <source>add an Embedding (and a recurrent layer) first</source>
        <comment>layers.hint_embedding_and_recurrent</comment>
        <translation>먼저 Embedding(과 순환 층)을 넣으세요</translation>
    </message>
    <message>
        <source>{dims}</source>
        <comment>shape.dims</comment>
        <translation>{dims}</translation>
    </message>
    <message>
        <source>{dims} tokens</source>
        <comment>shape.tokens</comment>
        <translation>토큰 {dims}개</translation>
    </message>
    <message>
        <source>{n} features</source>
        <comment>shape.features</comment>
        <translation>특징 {n}개</translation>
    </message>
    <message>
        <source>an image {dims}</source>
        <comment>shape.image</comment>
        <translation>이미지 {dims}</translation>
    </message>
    <message>
        <source>a sequence {dims}</source>
        <comment>shape.sequence</comment>
        <translation>시퀀스 {dims}</translation>
    </message>
    <message>
        <source>{n} token ids (vocabulary {vocab})</source>
        <comment>shape.token_ids</comment>
        <translation>토큰 ID {n}개(어휘 크기 {vocab})</translation>
    </message>
    <message>
        <source>features</source>
        <comment>shape.layout_features</comment>
        <translation>특징</translation>
    </message>
    <message>
        <source>an image</source>
        <comment>shape.layout_image</comment>
        <translation>이미지</translation>
    </message>
    <message>
        <source>a sequence</source>
        <comment>shape.layout_sequence</comment>
        <translation>시퀀스</translation>
    </message>
    <message>
        <source>token ids</source>
        <comment>shape.layout_tokens</comment>
        <translation>토큰 ID</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <comment>shape.either</comment>
        <translation>{first} 또는 {second}</translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <comment>shape.list</comment>
        <translation>{first}, {rest}</translation>
    </message>
    <message>
        <source>unknown layout {layout}: use one of {layouts}</source>
        <comment>shape.unknown_layout</comment>
        <translation>알 수 없는 배치 {layout}: {layouts} 중 하나를 쓰세요</translation>
    </message>
    <message>
        <source>a {layout} shape has {n} dims, not {dims}</source>
        <comment>shape.wrong_dims</comment>
        <translation>{layout} 모양의 차원은 {n}개여야 합니다: {dims}은(는) 맞지 않습니다</translation>
    </message>
    <message>
        <source>not an input shape: {raw} ({problem})</source>
        <comment>shape.not_an_input</comment>
        <translation>입력 모양이 아닙니다: {raw}({problem})</translation>
    </message>
    <message>
        <source>{name} cannot be read: {problem}</source>
        <comment>files.unreadable</comment>
        <translation>{name}을(를) 읽을 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>{name} is empty: it holds no experiment</source>
        <comment>files.empty</comment>
        <translation>{name}이(가) 비어 있습니다: 실험이 들어 있지 않습니다</translation>
    </message>
    <message>
        <source>{name} is a Python pickle (for example from torch.save); Deepscope never opens pickles, because they can run code</source>
        <comment>files.pickle</comment>
        <translation>{name}은(는) 파이썬 피클입니다(예: torch.save로 만든 파일). 피클은 코드를 실행할 수 있으므로 Deepscope는 피클을 절대 열지 않습니다</translation>
    </message>
    <message>
        <source>{name} is not a Deepscope experiment file (not a zip archive)</source>
        <comment>files.not_a_zip</comment>
        <translation>{name}은(는) Deepscope 실험 파일이 아닙니다(zip 압축 파일이 아닙니다)</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete ({problem}); was it cut short while copying?</source>
        <comment>files.damaged</comment>
        <translation>{name}이(가) 손상되었거나 불완전합니다({problem}). 복사하다가 잘린 것은 아닌가요?</translation>
    </message>
    <message>
        <source>{name} is a zip archive but not a Deepscope experiment file: it holds none of {members}</source>
        <comment>files.zip_not_experiment</comment>
        <translation>{name}은(는) zip 압축 파일이지만 Deepscope 실험 파일이 아닙니다: {members} 중 어느 것도 들어 있지 않습니다</translation>
    </message>
    <message>
        <source>{name} holds an unexpected entry {entry}: a Deepscope experiment file holds only {members}</source>
        <comment>files.unexpected_entry</comment>
        <translation>{name}에 예상하지 못한 항목 {entry}이(가) 있습니다: Deepscope 실험 파일에는 {members}만 들어 있습니다</translation>
    </message>
    <message>
        <source>{name} holds {member} twice</source>
        <comment>files.member_twice</comment>
        <translation>{name}에 {member}이(가) 두 번 들어 있습니다</translation>
    </message>
    <message>
        <source>{name} is incomplete: {missing} {n:p|is|are} missing</source>
        <comment>files.incomplete</comment>
        <translation>{name}이(가) 불완전합니다: 구성 요소 {n}개({missing})가 없습니다</translation>
    </message>
    <message>
        <source>{name}: {member} claims {size} bytes ({compressed} compressed), more than an experiment file may hold</source>
        <comment>files.member_too_large</comment>
        <translation>{name}: {member}의 크기가 {size}바이트(압축 {compressed}바이트)라고 되어 있어, 실험 파일이 담을 수 있는 크기를 넘습니다</translation>
    </message>
    <message>
        <source>{name}: {member} claims {size:,} bytes from {compressed:,} compressed, more than {limit} times smaller: a zip bomb, not an experiment file</source>
        <comment>files.member_bomb</comment>
        <translation>{name}: {member}이(가) 압축 {compressed:,}바이트에서 {size:,}바이트로 풀린다고 되어 있어 {limit}배가 넘게 작습니다: 실험 파일이 아니라 zip 폭탄입니다</translation>
    </message>
    <message>
        <source>{name}: its members claim {size:,} bytes together, more than an experiment file may hold ({limit:,})</source>
        <comment>files.archive_too_large</comment>
        <translation>{name}: 구성 요소를 모두 합친 크기가 {size:,}바이트라고 되어 있어, 실험 파일이 담을 수 있는 크기({limit:,}바이트)를 넘습니다</translation>
    </message>
    <message>
        <source>{name} is {size:,} bytes, larger than any experiment file ({limit:,} at most)</source>
        <comment>files.file_too_large</comment>
        <translation>{name}은(는) {size:,}바이트로, 어떤 실험 파일보다도 큽니다(최대 {limit:,}바이트)</translation>
    </message>
    <message>
        <source>{name}: its zip directory lists {entries} entries in {size:,} bytes; an experiment file lists three</source>
        <comment>files.directory_too_large</comment>
        <translation>{name}: zip 목록에 항목 {entries}개가 {size:,}바이트로 들어 있습니다. 실험 파일의 목록에는 세 개가 들어 있습니다</translation>
    </message>
    <message>
        <source>{name}: {member} is not the {size:,} bytes its zip directory declares (the file is damaged, or was made to mislead)</source>
        <comment>files.member_size_lies</comment>
        <translation>{name}: {member}이(가) zip 목록에 적힌 {size:,}바이트가 아닙니다(파일이 손상되었거나, 속이려고 만든 파일입니다)</translation>
    </message>
    <message>
        <source>{name}: {member} is encrypted</source>
        <comment>files.encrypted</comment>
        <translation>{name}: {member}이(가) 암호화되어 있습니다</translation>
    </message>
    <message>
        <source>{name}: {member} uses a compression Deepscope does not read</source>
        <comment>files.compression</comment>
        <translation>{name}: {member}은(는) Deepscope가 읽지 못하는 압축 방식을 씁니다</translation>
    </message>
    <message>
        <source>{member} in {name}</source>
        <comment>files.member_in</comment>
        <translation>{name}의 {member}</translation>
    </message>
    <message>
        <source>{name}: {member} does not hold the tensors {index} lists (the file was damaged or edited by hand)</source>
        <comment>files.tensors_mismatch</comment>
        <translation>{name}: {member}에 {index}가 나열한 텐서가 들어 있지 않습니다(파일이 손상되었거나 직접 수정되었습니다)</translation>
    </message>
    <message>
        <source>{where} is not valid JSON text: {problem}</source>
        <comment>files.not_json</comment>
        <translation>{where}은(는) 올바른 JSON 텍스트가 아닙니다: {problem}</translation>
    </message>
    <message>
        <source>{where} must hold a JSON object at its top level</source>
        <comment>files.not_json_object</comment>
        <translation>{where}의 최상위에는 JSON 객체가 있어야 합니다</translation>
    </message>
    <message>
        <source>{name}: {member} is not a Deepscope experiment (format tag {tag}, expected {expected})</source>
        <comment>files.not_an_experiment</comment>
        <translation>{name}: {member}은(는) Deepscope 실험이 아닙니다(형식 태그 {tag}, {expected}이어야 합니다)</translation>
    </message>
    <message>
        <source>{name}: unknown format version {version}</source>
        <comment>files.unknown_version</comment>
        <translation>{name}: 알 수 없는 형식 버전 {version}</translation>
    </message>
    <message>
        <source>{name} was saved by a newer Deepscope (format {version}); this one reads format {known}. Update Deepscope to open it.</source>
        <comment>files.newer_version</comment>
        <translation>{name}은(는) 더 새로운 Deepscope(형식 {version})로 저장되었습니다. 이 Deepscope는 형식 {known}을(를) 읽습니다. 열려면 Deepscope를 업데이트하세요.</translation>
    </message>
    <message>
        <source>{name}: the step {step} is not a whole number ≥ 0</source>
        <comment>files.bad_step</comment>
        <translation>{name}: 스텝 {step}은(는) 0 이상의 정수가 아닙니다</translation>
    </message>
    <message>
        <source>{name}: &apos;demo&apos; must be text and &apos;view&apos; an object</source>
        <comment>files.bad_demo_or_view</comment>
        <translation>{name}: &apos;demo&apos;는 텍스트, &apos;view&apos;는 객체여야 합니다</translation>
    </message>
    <message>
        <source>{name}: its experiment cannot be used: {problem}</source>
        <comment>files.experiment_unusable</comment>
        <translation>{name}: 실험을 쓸 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>{name}: {member} is damaged: &apos;tensors.{entry}&apos; is missing or wrong</source>
        <comment>files.index_damaged</comment>
        <translation>{name}: {member}이(가) 손상되었습니다: &apos;tensors.{entry}&apos;이(가) 없거나 잘못되었습니다</translation>
    </message>
    <message>
        <source>{name} is too large to be experiment settings ({size:,} bytes; at most {limit:,})</source>
        <comment>files.settings_too_large</comment>
        <translation>{name}은(는) 실험 설정으로 보기에 너무 큽니다({size:,}바이트, 최대 {limit:,}바이트)</translation>
    </message>
    <message>
        <source>{where} cannot be read: {problem}</source>
        <comment>files.json_beyond_limits</comment>
        <translation>{where}을(를) 읽을 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>it holds a number written with {length} characters (at most {limit} are read)</source>
        <comment>files.json_number_too_long</comment>
        <translation>{length}자로 쓰인 수가 들어 있습니다(최대 {limit}자까지 읽습니다)</translation>
    </message>
    <message>
        <source>it nests deeper than {limit} levels</source>
        <comment>files.json_too_deep</comment>
        <translation>{limit}단계보다 깊이 중첩되어 있습니다</translation>
    </message>
    <message>
        <source>{name} is not an ordinary file but {kind}: Deepscope reads only ordinary files</source>
        <comment>files.not_regular</comment>
        <translation>{name}은(는) 일반 파일이 아니라 {kind}입니다: Deepscope는 일반 파일만 읽습니다</translation>
    </message>
    <message>
        <source>a device</source>
        <comment>files.kind_device</comment>
        <translation>장치</translation>
    </message>
    <message>
        <source>a pipe (FIFO)</source>
        <comment>files.kind_fifo</comment>
        <translation>파이프(FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <comment>files.kind_socket</comment>
        <translation>소켓</translation>
    </message>
    <message>
        <source>a special file</source>
        <comment>files.kind_other</comment>
        <translation>특수 파일</translation>
    </message>
    <message>
        <source>{name} reads its data from {path}; a file cannot choose which of your files Deepscope reads. Choose that data in the data panel yourself, then open {name} again</source>
        <comment>files.names_data_path</comment>
        <translation>{name}은(는) {path}에서 데이터를 읽습니다. 파일이 여러분의 어떤 파일을 읽을지 정할 수는 없습니다. 데이터 패널에서 그 데이터를 직접 고른 다음 {name}을(를) 다시 여세요</translation>
    </message>
    <message>
        <source>{name} is not Deepscope settings (format tag {tag})</source>
        <comment>files.not_settings</comment>
        <translation>{name}은(는) Deepscope 설정이 아닙니다(형식 태그 {tag})</translation>
    </message>
    <message>
        <source>{where} is not a valid safetensors file: {problem}</source>
        <comment>files.not_safetensors</comment>
        <translation>{where}은(는) 올바른 safetensors 파일이 아닙니다: {problem}</translation>
    </message>
    <message>
        <source>{where} is not a valid safetensors file: {problem}; it is a Python pickle (for example from torch.save); Deepscope never opens pickles, because they can run code</source>
        <comment>files.not_safetensors_pickle</comment>
        <translation>{where}은(는) 올바른 safetensors 파일이 아닙니다: {problem}. 이 파일은 파이썬 피클입니다(예: torch.save로 만든 파일). 피클은 코드를 실행할 수 있으므로 Deepscope는 피클을 절대 열지 않습니다</translation>
    </message>
    <message>
        <source>it is shorter than its 8-byte header length (cut short?)</source>
        <comment>files.safetensors_short</comment>
        <translation>8바이트인 헤더 길이보다 짧습니다(잘렸나요?)</translation>
    </message>
    <message>
        <source>its header claims {length} bytes but the file has {size} (cut short?)</source>
        <comment>files.safetensors_header_length</comment>
        <translation>헤더가 {length}바이트라고 되어 있지만 파일에는 {size}바이트뿐입니다(잘렸나요?)</translation>
    </message>
    <message>
        <source>its header claims {length:,} bytes, more than a header may have ({limit:,})</source>
        <comment>files.safetensors_header_too_long</comment>
        <translation>헤더가 {length:,}바이트라고 되어 있어, 헤더가 가질 수 있는 크기({limit:,}바이트)를 넘습니다</translation>
    </message>
    <message>
        <source>its header cannot be read: {problem}</source>
        <comment>files.safetensors_header_beyond</comment>
        <translation>헤더를 읽을 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>its header is not JSON</source>
        <comment>files.safetensors_header_not_json</comment>
        <translation>헤더가 JSON이 아닙니다</translation>
    </message>
    <message>
        <source>its header is not a JSON object</source>
        <comment>files.safetensors_header_not_object</comment>
        <translation>헤더가 JSON 객체가 아닙니다</translation>
    </message>
    <message>
        <source>the entry of {tensor} is malformed</source>
        <comment>files.safetensors_entry</comment>
        <translation>{tensor}의 항목 형식이 잘못되었습니다</translation>
    </message>
    <message>
        <source>{tensor} has an unknown dtype {dtype}</source>
        <comment>files.safetensors_dtype</comment>
        <translation>{tensor}의 자료형 {dtype}을(를) 알 수 없습니다</translation>
    </message>
    <message>
        <source>{tensor} has a malformed shape {shape}</source>
        <comment>files.safetensors_shape</comment>
        <translation>{tensor}의 모양 {shape}의 형식이 잘못되었습니다</translation>
    </message>
    <message>
        <source>{tensor} lies outside the file (cut short?)</source>
        <comment>files.safetensors_outside</comment>
        <translation>{tensor}이(가) 파일 밖에 있습니다(잘렸나요?)</translation>
    </message>
    <message>
        <source>{tensor} holds {size} bytes, not what its shape needs</source>
        <comment>files.safetensors_size</comment>
        <translation>{tensor}에는 {size}바이트가 있지만, 모양에 맞는 크기가 아닙니다</translation>
    </message>
    <message>
        <source>its tensors overlap or leave gaps</source>
        <comment>files.safetensors_gaps</comment>
        <translation>텐서들이 겹치거나 사이에 빈틈이 있습니다</translation>
    </message>
    <message>
        <source>its tensors cover {end} of {body} data bytes</source>
        <comment>files.safetensors_cover</comment>
        <translation>텐서들이 데이터 {body}바이트 중 {end}바이트만 채웁니다</translation>
    </message>
    <message>
        <source>Saved {name} at step {step}.</source>
        <comment>files.saved</comment>
        <translation>{name}을(를) {step}단계에서 저장했습니다.</translation>
    </message>
    <message>
        <source>Could not save {path}: {problem}</source>
        <comment>files.could_not_save</comment>
        <translation>{path}을(를) 저장할 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>Opened {name} at step {step}.</source>
        <comment>files.opened</comment>
        <translation>{name}을(를) {step}단계에서 열었습니다.</translation>
    </message>
    <message>
        <source>Could not read {path}: {problem}</source>
        <comment>files.could_not_read</comment>
        <translation>{path}을(를) 읽을 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>Exported {what}: {names}.</source>
        <comment>files.exported</comment>
        <translation>{what}을(를) 내보냈습니다: {names}.</translation>
    </message>
    <message>
        <source>Could not export the model: {problem}</source>
        <comment>files.could_not_export</comment>
        <translation>모델을 내보낼 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>the untrained design</source>
        <comment>files.untrained_design</comment>
        <translation>학습하지 않은 설계</translation>
    </message>
    <message>
        <source>the model at step {step}</source>
        <comment>files.model_at_step</comment>
        <translation>{step}단계의 모델</translation>
    </message>
    <message>
        <source>cannot save {name}: {problem}</source>
        <comment>files.cannot_save</comment>
        <translation>{name}을(를) 저장할 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>{name} could not be loaded: {problem}</source>
        <comment>files.could_not_load</comment>
        <translation>{name}을(를) 불러올 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>{problem}; this run continues on {device} instead, so it may not repeat the saved run exactly.</source>
        <comment>files.device_fallback</comment>
        <translation>{problem}. 이 실행은 대신 {device}에서 계속되므로 저장된 실행과 똑같이 반복되지 않을 수 있습니다.</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <comment>files.in_file</comment>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <source>{name}: its batch order does not fit the data ({n} training points)</source>
        <comment>files.batch_order_misfit</comment>
        <translation>{name}: 배치 순서가 데이터({n}개의 학습 점)와 맞지 않습니다</translation>
    </message>
    <message>
        <source>{name}: its loss history is malformed</source>
        <comment>files.history_malformed</comment>
        <translation>{name}: 손실 기록의 형식이 잘못되었습니다</translation>
    </message>
    <message>
        <source>{name}: its pre-training state is missing</source>
        <comment>files.pretraining_missing</comment>
        <translation>{name}: 사전 학습 상태가 없습니다</translation>
    </message>
    <message>
        <source>its pre-training state is malformed</source>
        <comment>files.pretraining_malformed</comment>
        <translation>사전 학습 상태의 형식이 잘못되었습니다</translation>
    </message>
    <message>
        <source>its pre-training state does not fit its settings</source>
        <comment>files.pretraining_misfit</comment>
        <translation>사전 학습 상태가 설정과 맞지 않습니다</translation>
    </message>
    <message>
        <source>its pre-training batch order does not fit the data</source>
        <comment>files.pretraining_order_misfit</comment>
        <translation>사전 학습의 배치 순서가 데이터와 맞지 않습니다</translation>
    </message>
    <message>
        <source>unexpected pre-training tensor {key!r}</source>
        <comment>files.pretraining_unexpected_tensor</comment>
        <translation>예상하지 못한 사전 학습 텐서 {key!r}</translation>
    </message>
    <message>
        <source>{name}: unexpected optimizer tensor {key!r}</source>
        <comment>files.optimizer_unexpected_tensor</comment>
        <translation>{name}: 예상하지 못한 옵티마이저 텐서 {key!r}</translation>
    </message>
    <message>
        <source>{name}: optimizer tensor {key} is {shape}, expected {expected}</source>
        <comment>files.optimizer_tensor_shape</comment>
        <translation>{name}: 옵티마이저 텐서 {key}의 모양이 {shape}입니다. {expected}이어야 합니다</translation>
    </message>
    <message>
        <source>{name}: unexpected optimizer entry {number!r}</source>
        <comment>files.optimizer_unexpected_entry</comment>
        <translation>{name}: 예상하지 못한 옵티마이저 항목 {number!r}</translation>
    </message>
    <message>
        <source>{name}: its optimizer state is {saved}&apos;s, but its experiment asks for {kind}</source>
        <comment>files.optimizer_kind</comment>
        <translation>{name}: 옵티마이저 상태는 {saved}의 것이지만 실험은 {kind}를 요구합니다</translation>
    </message>
    <message>
        <source>{name}: its optimizer state does not fit the model</source>
        <comment>files.optimizer_misfit</comment>
        <translation>{name}: 옵티마이저 상태가 모델과 맞지 않습니다</translation>
    </message>
    <message>
        <source>{name}: {key} is missing from {member}</source>
        <comment>files.state_missing</comment>
        <translation>{name}: {member}에 {key}이(가) 없습니다</translation>
    </message>
    <message>
        <source>the weights in {name} do not match its layer stack</source>
        <comment>files.weights_misfit</comment>
        <translation>{name}의 가중치가 레이어 스택과 맞지 않습니다</translation>
    </message>
    <message>
        <source>the last good weights in {name} do not match</source>
        <comment>files.last_good_misfit</comment>
        <translation>{name}의 마지막 정상 가중치가 맞지 않습니다</translation>
    </message>
    <message>
        <source>{problem}: {key} is missing</source>
        <comment>files.tensor_missing</comment>
        <translation>{problem}: {key}이(가) 없습니다</translation>
    </message>
    <message>
        <source>{problem}: {key} is not part of it</source>
        <comment>files.tensor_extra</comment>
        <translation>{problem}: {key}은(는) 여기에 속하지 않습니다</translation>
    </message>
    <message>
        <source>{problem}: {key} is {shape}, expected {expected}</source>
        <comment>files.tensor_shape</comment>
        <translation>{problem}: {key}의 모양이 {shape}입니다. {expected}이어야 합니다</translation>
    </message>
    <message>
        <source>{problem}: {key} holds {dtype}, expected {expected}</source>
        <comment>files.tensor_dtype</comment>
        <translation>{problem}: {key}의 자료형이 {dtype}입니다. {expected}이어야 합니다</translation>
    </message>
    <message>
        <source>{dims}</source>
        <comment>files.shape</comment>
        <translation>{dims}</translation>
    </message>
    <message>
        <source>a single number</source>
        <comment>files.shape_scalar</comment>
        <translation>하나의 수</translation>
    </message>
    <message>
        <source>missing</source>
        <comment>files.shape_missing</comment>
        <translation>없음</translation>
    </message>
    <message>
        <source>{name} holds settings only, no weights</source>
        <comment>files.settings_only</comment>
        <translation>{name}에는 설정만 있고 가중치가 없습니다</translation>
    </message>
    <message>
        <source>the weights in {name} cannot be read: {problem}</source>
        <comment>files.weights_unreadable</comment>
        <translation>{name}의 가중치를 읽을 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>{name} holds another network than the one training: {key} is {shape}, expected {expected}</source>
        <comment>files.other_network</comment>
        <translation>{name}에는 학습 중인 것과 다른 네트워크가 들어 있습니다: {key}이(가) {shape}입니다. {expected}이어야 합니다</translation>
    </message>
    <message>
        <source>the PyTorch script</source>
        <comment>export.what_python</comment>
        <translation>PyTorch 스크립트</translation>
    </message>
    <message>
        <source>TorchScript</source>
        <comment>export.what_torchscript</comment>
        <translation>TorchScript</translation>
    </message>
    <message>
        <source>ONNX</source>
        <comment>export.what_onnx</comment>
        <translation>ONNX</translation>
    </message>
    <message>
        <source>Cannot export {what}: the folder {folder} does not exist.</source>
        <comment>export.no_folder</comment>
        <translation>{what}을(를) 내보낼 수 없습니다: {folder} 폴더가 없습니다.</translation>
    </message>
    <message>
        <source>Cannot write in {folder} ({problem}): choose another folder.</source>
        <comment>export.folder_not_writable</comment>
        <translation>{folder}에 쓸 수 없습니다({problem}): 다른 폴더를 고르세요.</translation>
    </message>
    <message>
        <source>Could not export {what}: {problem}</source>
        <comment>export.failed</comment>
        <translation>{what}을(를) 내보낼 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>Could not write {path} ({problem}): choose another name or folder.</source>
        <comment>export.cannot_write</comment>
        <translation>{path}을(를) 쓸 수 없습니다({problem}): 다른 이름이나 폴더를 고르세요.</translation>
    </message>
    <message>
        <source>A PyTorch script&apos;s name must end in .py, not {name!r}.</source>
        <comment>export.script_suffix</comment>
        <translation>PyTorch 스크립트의 이름은 .py로 끝나야 합니다: {name!r}은(는) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Unknown export format {format!r}: use one of {formats}.</source>
        <comment>export.unknown_format</comment>
        <translation>알 수 없는 내보내기 형식 {format!r}: {formats} 중 하나를 쓰세요.</translation>
    </message>
    <message>
        <source>Cannot write the value {value} into PyTorch source.</source>
        <comment>export.bad_value</comment>
        <translation>값 {value}은(는) PyTorch 소스로 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot write a {kind} layer as PyTorch source yet.</source>
        <comment>export.unsupported_layer</comment>
        <translation>{kind} 층은 아직 PyTorch 소스로 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Only a layer-stack model can be exported, not {kind}.</source>
        <comment>export.not_a_stack</comment>
        <translation>레이어 스택 모델만 내보낼 수 있습니다: {kind}은(는) 내보낼 수 없습니다.</translation>
    </message>
    <message>
        <source>safetensors files can only be read and written on a little-endian machine here</source>
        <comment>safetensors.big_endian</comment>
        <translation>safetensors 파일은 여기서 리틀 엔디언 컴퓨터에서만 읽고 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>safetensors metadata must map strings to strings</source>
        <comment>safetensors.metadata_not_strings</comment>
        <translation>safetensors 메타데이터는 문자열을 문자열에 대응시켜야 합니다</translation>
    </message>
    <message>
        <source>cannot store a tensor named {name} in safetensors</source>
        <comment>safetensors.bad_name</comment>
        <translation>{name}이라는 이름의 텐서는 safetensors에 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>{name}: safetensors here cannot hold dtype {dtype}</source>
        <comment>safetensors.bad_dtype</comment>
        <translation>{name}: 여기의 safetensors는 자료형 {dtype}을(를) 담을 수 없습니다</translation>
    </message>
    <message>
        <source>{file} is {size:,} bytes: more than Deepscope reads as weights ({limit:,})</source>
        <comment>safetensors.file_too_large</comment>
        <translation>{file}은(는) {size:,}바이트입니다: Deepscope가 가중치로 읽는 크기({limit:,}바이트)를 넘습니다</translation>
    </message>
    <message>
        <source>{file} is not a safetensors file: it is only {size} bytes</source>
        <comment>safetensors.too_short</comment>
        <translation>{file}은(는) safetensors 파일이 아닙니다: 겨우 {size}바이트입니다</translation>
    </message>
    <message>
        <source>{file} is not a safetensors file: its header length {header} does not fit in its {size} bytes</source>
        <comment>safetensors.header_too_long</comment>
        <translation>{file}은(는) safetensors 파일이 아닙니다: 헤더 길이 {header}가 파일의 {size}바이트에 들어가지 않습니다</translation>
    </message>
    <message>
        <source>{file} is not a safetensors file: its header is not JSON ({problem})</source>
        <comment>safetensors.header_not_json</comment>
        <translation>{file}은(는) safetensors 파일이 아닙니다: 헤더가 JSON이 아닙니다({problem})</translation>
    </message>
    <message>
        <source>{file} is not a safetensors file: its header is not an object</source>
        <comment>safetensors.header_not_object</comment>
        <translation>{file}은(는) safetensors 파일이 아닙니다: 헤더가 객체가 아닙니다</translation>
    </message>
    <message>
        <source>{file}: tensor {name!r} is not described by an object</source>
        <comment>safetensors.entry_not_object</comment>
        <translation>{file}: 텐서 {name!r}의 설명이 객체가 아닙니다</translation>
    </message>
    <message>
        <source>{file}: tensor {name!r} has an unknown dtype {dtype} (known: {known})</source>
        <comment>safetensors.unknown_dtype</comment>
        <translation>{file}: 텐서 {name!r}의 자료형 {dtype}을(를) 알 수 없습니다(아는 것: {known})</translation>
    </message>
    <message>
        <source>{file}: tensor {name!r} has a malformed shape {shape}</source>
        <comment>safetensors.bad_shape</comment>
        <translation>{file}: 텐서 {name!r}의 모양 {shape}의 형식이 잘못되었습니다</translation>
    </message>
    <message>
        <source>{file}: tensor {name!r} has malformed data_offsets {offsets}</source>
        <comment>safetensors.bad_offsets</comment>
        <translation>{file}: 텐서 {name!r}의 data_offsets {offsets}의 형식이 잘못되었습니다</translation>
    </message>
    <message>
        <source>{file}: tensor {name!r} lies outside the file&apos;s {size} data bytes ({begin}..{end})</source>
        <comment>safetensors.outside_data</comment>
        <translation>{file}: 텐서 {name!r}이(가) 파일의 데이터 {size}바이트 밖에 있습니다({begin}..{end})</translation>
    </message>
    <message>
        <source>{file}: tensor {name!r} of shape {shape} needs {expected} bytes but has {size}</source>
        <comment>safetensors.wrong_size</comment>
        <translation>{file}: 모양이 {shape}인 텐서 {name!r}에는 {expected}바이트가 필요하지만 {size}바이트입니다</translation>
    </message>
    <message>
        <source>{name}: its augmentation state is malformed</source>
        <comment>files.augment_malformed</comment>
        <translation>{name}: 데이터 증강 상태의 형식이 잘못되었습니다</translation>
    </message>
    <message>
        <source>ONNX export needs the optional {names} {n:p|package|packages}: pip install deepscope[onnx]</source>
        <comment>export.onnx_missing</comment>
        <translation>ONNX로 내보내려면 선택 패키지 {n}개({names})가 필요합니다: pip install deepscope[onnx]</translation>
    </message>
    <message>
        <source>{name}: its perplexity and word-group curves are malformed</source>
        <comment>files.word_curves_malformed</comment>
        <translation>{name}: 퍼플렉서티와 단어 무리 곡선의 형식이 잘못되었습니다</translation>
    </message>
    <message>
        <source>Not enough of the path recorded yet for {directions} directions: using random ones until then.</source>
        <comment>landscape.path_too_short</comment>
        <translation>{directions} 방향을 쓰기에는 아직 기록된 경로가 부족합니다: 그때까지 무작위 방향을 씁니다.</translation>
    </message>
    <message>
        <source>No line between the two files: {problem}. Showing random directions.</source>
        <comment>landscape.no_line_between_files</comment>
        <translation>두 파일 사이의 직선을 만들 수 없습니다: {problem}. 무작위 방향을 보여 줍니다.</translation>
    </message>
    <message>
        <source>The {probe} probe has no option &apos;{option}&apos;.</source>
        <comment>probe.unknown_option</comment>
        <translation>{probe} 프로브에는 &apos;{option}&apos; 옵션이 없습니다.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must be a whole number, not {value}</source>
        <comment>probe.option_not_whole</comment>
        <translation>&apos;{name}&apos;은(는) 정수여야 합니다. {value}은(는) 정수가 아닙니다</translation>
    </message>
    <message>
        <source>The {name} must be a number, not {value}.</source>
        <comment>probe.not_a_number</comment>
        <translation>{name}은(는) 수여야 합니다. {value}은(는) 수가 아닙니다.</translation>
    </message>
    <message>
        <source>The {name} must be a whole number, not {value}.</source>
        <comment>probe.not_whole_number</comment>
        <translation>{name}은(는) 정수여야 합니다. {value}은(는) 정수가 아닙니다.</translation>
    </message>
    <message>
        <source>The {name} must be a finite number, not {value}.</source>
        <comment>probe.not_finite_number</comment>
        <translation>{name}은(는) 유한한 수여야 합니다. {value}은(는) 유한하지 않습니다.</translation>
    </message>
    <message>
        <source>feature-map</source>
        <comment>probe.feature_map_view</comment>
        <translation>특징 맵</translation>
    </message>
    <message>
        <source>filters</source>
        <comment>probe.filters_view</comment>
        <translation>필터</translation>
    </message>
    <message>
        <source>pooling</source>
        <comment>probe.pooling_view</comment>
        <translation>풀링</translation>
    </message>
    <message>
        <source>confusion</source>
        <comment>probe.confusion_view</comment>
        <translation>혼동 행렬</translation>
    </message>
    <message>
        <source>hidden-state trace</source>
        <comment>probe.hidden_state_trace</comment>
        <translation>은닉 상태 추적</translation>
    </message>
    <message>
        <source>gradient-through-time view</source>
        <comment>probe.gradient_time_view</comment>
        <translation>시간에 따른 기울기 보기</translation>
    </message>
    <message>
        <source>The hidden-space view bends the plane of 2-D points; these data are images. Pick a dataset of points to see it.</source>
        <comment>warp.not_points</comment>
        <translation>은닉 공간 보기는 2차원 점의 평면을 휘어 보여 줍니다. 이 데이터는 이미지입니다. 보려면 점 데이터셋을 고르세요.</translation>
    </message>
    <message>
        <source>The hidden-space view draws the perceptron of the network panel; this network was assembled in the layer builder.</source>
        <comment>warp.not_a_perceptron</comment>
        <translation>은닉 공간 보기는 네트워크 패널의 퍼셉트론을 그립니다. 이 네트워크는 레이어 빌더에서 조립되었습니다.</translation>
    </message>
    <message>
        <source>The hidden-space view needs at least one hidden layer: add one in the network panel.</source>
        <comment>warp.no_hidden_layer</comment>
        <translation>은닉 공간 보기에는 은닉층이 하나 이상 필요합니다: 네트워크 패널에서 추가하세요.</translation>
    </message>
    <message>
        <source>hidden layer {value} does not exist: layers count from 1</source>
        <comment>warp.no_such_layer</comment>
        <translation>은닉층 {value}은(는) 없습니다: 층 번호는 1부터 셉니다</translation>
    </message>
    <message>
        <source>units must be two unit numbers or &apos;pca&apos;, not {value}</source>
        <comment>warp.bad_units</comment>
        <translation>유닛은 유닛 번호 두 개 또는 &apos;pca&apos;여야 합니다. {value}은(는) 아닙니다</translation>
    </message>
    <message>
        <source>Pick two different units for the two axes of the hidden space.</source>
        <comment>warp.same_units</comment>
        <translation>은닉 공간의 두 축에 서로 다른 유닛을 고르세요.</translation>
    </message>
    <message>
        <source>The backprop inspector works on the perceptron drawn in the Network tab; this network was assembled in the layer builder.</source>
        <comment>backprop.not_a_perceptron</comment>
        <translation>역전파 검사기는 네트워크 탭에 그려진 퍼셉트론에서 동작합니다. 이 네트워크는 레이어 빌더에서 조립되었습니다.</translation>
    </message>
    <message>
        <source>the backprop inspector knows leaky ReLU with slope 0.01 only</source>
        <comment>backprop.leaky_relu_slope</comment>
        <translation>역전파 검사기는 기울기 0.01인 leaky ReLU만 압니다</translation>
    </message>
    <message>
        <source>the backprop inspector knows the exact (erf) GELU only</source>
        <comment>backprop.approximate_gelu</comment>
        <translation>역전파 검사기는 정확한 (erf) GELU만 압니다</translation>
    </message>
    <message>
        <source>the backprop inspector does not know the activation {module}</source>
        <comment>backprop.unknown_module</comment>
        <translation>역전파 검사기는 활성화 함수 {module}을(를) 모릅니다</translation>
    </message>
    <message>
        <source>unknown activation {name}</source>
        <comment>backprop.unknown_activation</comment>
        <translation>알 수 없는 활성화 함수 {name}</translation>
    </message>
    <message>
        <source>There are no training points to inspect: pick a dataset or click on the plot to add points.</source>
        <comment>backprop.no_points</comment>
        <translation>검사할 학습 점이 없습니다: 데이터셋을 고르거나 그래프를 클릭해 점을 추가하세요.</translation>
    </message>
    <message>
        <source>the training point must be a number, not {value}</source>
        <comment>backprop.point_not_a_number</comment>
        <translation>학습 점은 수여야 합니다. {value}은(는) 수가 아닙니다</translation>
    </message>
    <message>
        <source>there is no training point {index}: pick one of 0 to {last}</source>
        <comment>backprop.no_such_point</comment>
        <translation>학습 점 {index}은(는) 없습니다: 0부터 {last} 사이에서 고르세요</translation>
    </message>
    <message>
        <source>The {what} view follows images through a network; these data are 2-D points. Pick an image dataset (the digits).</source>
        <comment>conv.not_images</comment>
        <translation>{what} 보기는 네트워크를 통과하는 이미지를 따라갑니다. 이 데이터는 2차원 점입니다. 이미지 데이터셋(숫자 손글씨)을 고르세요.</translation>
    </message>
    <message>
        <source>The {what} view needs a network built in the layer builder that reads images (a ConvNet); this is the perceptron of the Network tab. Build a stack with a Conv2d layer in the Layers tab.</source>
        <comment>conv.not_an_image_stack</comment>
        <translation>{what} 보기에는 레이어 빌더에서 만든, 이미지를 읽는 네트워크(ConvNet)가 필요합니다. 이것은 네트워크 탭의 퍼셉트론입니다. 레이어 탭에서 Conv2d 층이 있는 스택을 만드세요.</translation>
    </message>
    <message>
        <source>The {what} view needs classes; this run is a regression.</source>
        <comment>conv.needs_classes</comment>
        <translation>{what} 보기에는 클래스가 필요합니다. 이 실행은 회귀입니다.</translation>
    </message>
    <message>
        <source>The filters view shows the kernels of convolution layers; this network has none. Add a Conv2d layer in the Layers tab.</source>
        <comment>filters.no_convolutions</comment>
        <translation>필터 보기는 합성곱 층의 커널을 보여 줍니다. 이 네트워크에는 합성곱 층이 없습니다. 레이어 탭에서 Conv2d 층을 추가하세요.</translation>
    </message>
    <message>
        <source>colour scaling must be one of {choices}, not {value}</source>
        <comment>feature_maps.bad_scaling</comment>
        <translation>색 배율은 {choices} 중 하나여야 합니다. {value}은(는) 아닙니다</translation>
    </message>
    <message>
        <source>There are no test images to show: raise the test share of the data, or draw an image.</source>
        <comment>feature_maps.no_test_images</comment>
        <translation>보여 줄 테스트 이미지가 없습니다: 데이터의 테스트 비율을 높이거나 이미지를 그리세요.</translation>
    </message>
    <message>
        <source>the test image must be a whole number, not {value}</source>
        <comment>feature_maps.index_not_whole</comment>
        <translation>테스트 이미지 번호는 정수여야 합니다. {value}은(는) 정수가 아닙니다</translation>
    </message>
    <message>
        <source>There are no test images to shift: raise the test share of the data.</source>
        <comment>pooling.no_test_images</comment>
        <translation>이동해 볼 테스트 이미지가 없습니다: 데이터의 테스트 비율을 높이세요.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must be a whole number of pixels, not {value}</source>
        <comment>pooling.not_whole_pixels</comment>
        <translation>&apos;{name}&apos;은(는) 정수 픽셀 수여야 합니다. {value}은(는) 아닙니다</translation>
    </message>
    <message>
        <source>The {what} reads sequences; these data are not a sequence or text dataset. Pick one (counting brackets, delayed recall, a noisy sine, text).</source>
        <comment>recurrent.not_sequences</comment>
        <translation>{what}은(는) 시퀀스를 읽습니다. 이 데이터는 시퀀스나 텍스트 데이터셋이 아닙니다. 하나를 고르세요(괄호 세기, 지연 회상, 잡음 섞인 사인파, 텍스트).</translation>
    </message>
    <message>
        <source>The {what} needs a recurrent layer (RNN, LSTM or GRU) in the network.</source>
        <comment>recurrent.no_recurrent_layer</comment>
        <translation>{what}에는 네트워크에 순환 층(RNN, LSTM 또는 GRU)이 필요합니다.</translation>
    </message>
    <message>
        <source>This task has a target at every step, but the network gives one output per sequence: remove the Last step layer.</source>
        <comment>recurrent.one_output_per_sequence</comment>
        <translation>이 과제는 모든 단계에 목표가 있지만, 네트워크는 시퀀스마다 출력 하나를 냅니다: Last step 층을 지우세요.</translation>
    </message>
    <message>
        <source>An LSTM with projections (proj_size) cannot be unrolled here.</source>
        <comment>recurrent.lstm_projections</comment>
        <translation>투영(proj_size)이 있는 LSTM은 여기서 단계별로 펼칠 수 없습니다.</translation>
    </message>
    <message>
        <source>There are no test sequences to show: raise the test share of the data, or type some text.</source>
        <comment>rnn_states.no_test_sequences</comment>
        <translation>보여 줄 테스트 시퀀스가 없습니다: 데이터의 테스트 비율을 높이거나 텍스트를 입력하세요.</translation>
    </message>
    <message>
        <source>The test sequence must be a whole number, not {value}.</source>
        <comment>rnn_states.example_not_whole</comment>
        <translation>테스트 시퀀스 번호는 정수여야 합니다. {value}은(는) 정수가 아닙니다.</translation>
    </message>
    <message>
        <source>Typed text needs a model that reads characters; this one reads series of numbers.</source>
        <comment>rnn_states.text_needs_characters</comment>
        <translation>입력한 텍스트를 읽으려면 문자를 읽는 모델이 필요합니다. 이 모델은 수의 계열을 읽습니다.</translation>
    </message>
    <message>
        <source>Typed text must be a string, not {value}.</source>
        <comment>rnn_states.text_not_a_string</comment>
        <translation>입력한 텍스트는 문자열이어야 합니다. {value}은(는) 문자열이 아닙니다.</translation>
    </message>
    <message>
        <source>None of the typed characters are in the model&apos;s vocabulary: type text like its training data.</source>
        <comment>rnn_states.no_known_characters</comment>
        <translation>입력한 문자 중 모델의 어휘에 있는 것이 하나도 없습니다: 학습 데이터와 비슷한 텍스트를 입력하세요.</translation>
    </message>
    <message>
        <source>Only the first {limit} characters of the text are read.</source>
        <comment>rnn_states.text_cut</comment>
        <translation>텍스트의 처음 {limit}자만 읽습니다.</translation>
    </message>
    <message>
        <source>Left out characters the model has never seen: {shown}</source>
        <comment>rnn_states.unknown_characters</comment>
        <translation>모델이 본 적 없는 문자는 뺐습니다: {shown}</translation>
    </message>
    <message>
        <source>The {mode} in row {row} reads both ways; only its forward direction is shown.</source>
        <comment>rnn_states.bidirectional</comment>
        <translation>{row}행의 {mode}은(는) 양방향으로 읽습니다. 정방향만 보여 줍니다.</translation>
    </message>
    <message>
        <source>Recurrent layers inside a residual block are not traced.</source>
        <comment>rnn_states.residual</comment>
        <translation>잔차 블록 안의 순환 층은 추적하지 않습니다.</translation>
    </message>
    <message>
        <source>There are no test sequences to measure: raise the test share of the data.</source>
        <comment>gradient_time.no_test_sequences</comment>
        <translation>측정할 테스트 시퀀스가 없습니다: 데이터의 테스트 비율을 높이세요.</translation>
    </message>
    <message>
        <source>The number of sequences must be a whole number, not {value}.</source>
        <comment>gradient_time.examples_not_whole</comment>
        <translation>시퀀스 개수는 정수여야 합니다. {value}은(는) 정수가 아닙니다.</translation>
    </message>
    <message>
        <source>Sampling needs a character model: text data with a next-character target.</source>
        <comment>sample.not_a_character_model</comment>
        <translation>샘플링에는 문자 모델이 필요합니다: 다음 문자를 목표로 하는 텍스트 데이터.</translation>
    </message>
    <message>
        <source>Sampling needs a recurrent layer (RNN, LSTM or GRU) in the network.</source>
        <comment>sample.needs_recurrent</comment>
        <translation>샘플링에는 네트워크에 순환 층(RNN, LSTM 또는 GRU)이 필요합니다.</translation>
    </message>
    <message>
        <source>Sampling writes left to right; a bidirectional recurrent layer reads the text from its end too.</source>
        <comment>sample.bidirectional</comment>
        <translation>샘플링은 왼쪽에서 오른쪽으로 씁니다. 양방향 순환 층은 텍스트를 끝에서부터도 읽습니다.</translation>
    </message>
    <message>
        <source>Sampling cannot carry the state of a recurrent layer inside a residual block.</source>
        <comment>sample.residual_state</comment>
        <translation>샘플링은 잔차 블록 안에 있는 순환 층의 상태를 이어 갈 수 없습니다.</translation>
    </message>
    <message>
        <source>Sampling writes one character at a time; the {layer} layer reads the whole sequence at once (remove it to sample).</source>
        <comment>sample.whole_sequence_layer</comment>
        <translation>샘플링은 한 번에 한 문자씩 씁니다. {layer} 층은 시퀀스 전체를 한꺼번에 읽습니다(샘플링하려면 지우세요).</translation>
    </message>
    <message>
        <source>The prompt must be text, not {value}.</source>
        <comment>sample.prompt_not_text</comment>
        <translation>프롬프트는 텍스트여야 합니다. {value}은(는) 텍스트가 아닙니다.</translation>
    </message>
    <message>
        <source>temperature</source>
        <comment>sample.temperature</comment>
        <translation>온도</translation>
    </message>
    <message>
        <source>length</source>
        <comment>sample.length</comment>
        <translation>길이</translation>
    </message>
    <message>
        <source>seed</source>
        <comment>sample.seed</comment>
        <translation>시드</translation>
    </message>
    <message>
        <source>unknown method {method}: use one of {methods}</source>
        <comment>landscape.unknown_method</comment>
        <translation>알 수 없는 방법 {method}: {methods} 중 하나를 쓰세요</translation>
    </message>
    <message>
        <source>{name} is not shaped like the model&apos;s parameters</source>
        <comment>landscape.not_shaped_like_parameters</comment>
        <translation>{name}의 모양이 모델의 매개변수와 다릅니다</translation>
    </message>
    <message>
        <source>this model is not a chain of Linear/Conv2d layers and weightless modules; use method=&apos;vmap&apos;</source>
        <comment>landscape.not_a_chain</comment>
        <translation>이 모델은 Linear/Conv2d 층과 가중치 없는 모듈의 사슬이 아닙니다. method=&apos;vmap&apos;을 쓰세요</translation>
    </message>
    <message>
        <source>vmap does not reproduce this model&apos;s output</source>
        <comment>landscape.vmap_disagrees</comment>
        <translation>vmap이 이 모델의 출력을 재현하지 못합니다</translation>
    </message>
    <message>
        <source>vector has {values} values; the parameters have {parameters}</source>
        <comment>landscape.vector_size</comment>
        <translation>벡터에는 값이 {values}개 있지만 매개변수는 {parameters}개입니다</translation>
    </message>
    <message>
        <source>unknown normalisation {norm}: use one of {norms}</source>
        <comment>landscape.unknown_norm</comment>
        <translation>알 수 없는 정규화 {norm}: {norms} 중 하나를 쓰세요</translation>
    </message>
    <message>
        <source>unknown bias mode {bias}: use one of {modes}</source>
        <comment>landscape.unknown_bias_mode</comment>
        <translation>알 수 없는 편향 모드 {bias}: {modes} 중 하나를 쓰세요</translation>
    </message>
    <message>
        <source>a trajectory needs at least three recorded points, as (n, D)</source>
        <comment>landscape.short_trajectory</comment>
        <translation>궤적에는 (n, D) 모양으로 기록된 점이 적어도 세 개 필요합니다</translation>
    </message>
    <message>
        <source>the trajectory does not span two directions (it is a line)</source>
        <comment>landscape.flat_trajectory</comment>
        <translation>궤적이 두 방향으로 펼쳐지지 않습니다(직선입니다)</translation>
    </message>
    <message>
        <source>no data to measure the curvature on</source>
        <comment>curvature.no_data</comment>
        <translation>곡률을 잴 데이터가 없습니다</translation>
    </message>
    <message>
        <source>The projector draws the test examples, and this run has none: give the test split a share of the data.</source>
        <comment>projector.no_test_examples</comment>
        <translation>프로젝터는 테스트 예제를 그리는데 이 실행에는 테스트 예제가 없습니다. 데이터의 일부를 테스트 몫으로 나누세요.</translation>
    </message>
    <message>
        <source>No word vectors to project: this run has no word model. Pick a layer instead.</source>
        <comment>projector.no_word_vectors</comment>
        <translation>투영할 단어 벡터가 없습니다. 이 실행에는 단어 모델이 없습니다. 대신 층을 고르세요.</translation>
    </message>
    <message>
        <source>The projector&apos;s source must be one of {choices}, not {value}.</source>
        <comment>projector.bad_source</comment>
        <translation>프로젝터의 출처는 {choices} 중 하나여야 합니다. {value}는 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>The layer must be a whole number, not {value}.</source>
        <comment>projector.layer_not_whole</comment>
        <translation>층은 정수여야 합니다. {value}는 정수가 아닙니다.</translation>
    </message>
    <message>
        <source>perplexity</source>
        <comment>projector.perplexity</comment>
        <translation>퍼플렉서티</translation>
    </message>
    <message>
        <source>exaggeration</source>
        <comment>projector.exaggeration</comment>
        <translation>과장 계수</translation>
    </message>
    <message>
        <source>learning rate</source>
        <comment>projector.learning_rate</comment>
        <translation>학습률</translation>
    </message>
    <message>
        <source>this run does not train on words: choose word data</source>
        <comment>word_probe.no_words</comment>
        <translation>이 실행은 단어로 학습하지 않습니다: 단어 데이터를 고르세요</translation>
    </message>
    <message>
        <source>this network has no Embedding layer, so no word vectors</source>
        <comment>word_probe.no_embedding</comment>
        <translation>이 신경망에는 Embedding 층이 없어 단어 벡터가 없습니다</translation>
    </message>
    <message>
        <source>The context must be text, not {value}.</source>
        <comment>word_probe.context_not_text</comment>
        <translation>문맥은 {value}이(가) 아니라 텍스트여야 합니다.</translation>
    </message>
    <message>
        <source>held-out sentences</source>
        <comment>word_probe.sentences</comment>
        <translation>시험용 문장</translation>
    </message>
    <message>
        <source>there are no held-out sentences to translate</source>
        <comment>translation_probe.no_sentences</comment>
        <translation>번역할 시험용 문장이 없습니다</translation>
    </message>
    <message>
        <source>The sentence must be a whole number, not {value}.</source>
        <comment>translation_probe.index_not_whole</comment>
        <translation>문장 번호는 {value}이(가) 아니라 정수여야 합니다.</translation>
    </message>
    <message>
        <source>The sentence must be text, not {value}.</source>
        <comment>translation_probe.text_not_a_string</comment>
        <translation>문장은 {value}이(가) 아니라 텍스트여야 합니다.</translation>
    </message>
    <message>
        <source>there are no held-out scenes to caption</source>
        <comment>caption_probe.no_scenes</comment>
        <translation>캡션을 붙일 시험용 장면이 없습니다</translation>
    </message>
    <message>
        <source>The scene must be a whole number, not {value}.</source>
        <comment>caption_probe.index_not_whole</comment>
        <translation>장면 번호는 {value}이(가) 아니라 정수여야 합니다.</translation>
    </message>
    <message>
        <source>The beam width must be a whole number, not {value}.</source>
        <comment>caption_probe.beam_not_whole</comment>
        <translation>빔 너비는 {value}이(가) 아니라 정수여야 합니다.</translation>
    </message>
    <message>
        <source>The picture must be an image of at most {most} pixels a side, not {value}.</source>
        <comment>caption_probe.bad_picture</comment>
        <translation>그림은 한 변이 {most}픽셀 이하인 이미지여야 합니다. 받은 것: {value}</translation>
    </message>
    <message>
        <source>the picture&apos;s transparency was dropped</source>
        <comment>caption_probe.alpha_dropped</comment>
        <translation>그림의 투명도를 없앴습니다</translation>
    </message>
    <message>
        <source>the grey picture was made RGB, as the encoder reads colour</source>
        <comment>caption_probe.made_rgb</comment>
        <translation>인코더가 색을 읽으므로 흑백 그림을 RGB로 바꿨습니다</translation>
    </message>
    <message>
        <source>the picture was resized from {width}x{height} to {size}x{size}, as the encoder reads it</source>
        <comment>caption_probe.resized</comment>
        <translation>인코더가 읽는 대로 그림 크기를 {width}x{height}에서 {size}x{size}(으)로 바꿨습니다</translation>
    </message>
    <message>
        <source>this run captions no scenes, so it has no picture vectors: choose the captioned scenes</source>
        <comment>projector.no_pictures</comment>
        <translation>이 실행은 장면에 캡션을 붙이지 않아 그림 벡터가 없습니다: 캡션이 붙은 장면을 고르세요</translation>
    </message>
    <message>
        <source>this run does not translate, so it has no thought vectors: choose the translation data</source>
        <comment>projector.no_thoughts</comment>
        <translation>이 실행은 번역을 하지 않아 생각 벡터가 없습니다: 번역 데이터를 고르세요</translation>
    </message>
    <message>
        <source>a comparison must be an object with &apos;vary&apos; and &apos;values&apos;</source>
        <comment>compare.not_an_object</comment>
        <translation>비교는 &apos;vary&apos;와 &apos;values&apos;가 있는 객체여야 합니다</translation>
    </message>
    <message>
        <source>unknown {n:p|key|keys} in the comparison: {names}</source>
        <comment>compare.unknown_keys</comment>
        <translation>비교에 알 수 없는 키가 {n}개 있습니다: {names}</translation>
    </message>
    <message>
        <source>a comparison needs &apos;vary&apos; (a setting) and &apos;values&apos; (a list)</source>
        <comment>compare.needs_vary_and_values</comment>
        <translation>비교에는 &apos;vary&apos;(설정)와 &apos;values&apos;(목록)가 필요합니다</translation>
    </message>
    <message>
        <source>comparison labels must be objects with an &apos;en&apos; text</source>
        <comment>compare.bad_labels</comment>
        <translation>비교의 레이블은 &apos;en&apos; 텍스트가 있는 객체여야 합니다</translation>
    </message>
    <message>
        <source>a comparison trains {low} to {high} runs, not {n}</source>
        <comment>compare.run_count</comment>
        <translation>비교는 {low}개에서 {high}개의 실행을 학습합니다. {n}개는 안 됩니다</translation>
    </message>
    <message>
        <source>{labels} labels for {runs} runs</source>
        <comment>compare.label_count</comment>
        <translation>실행은 {runs}개인데 레이블은 {labels}개입니다</translation>
    </message>
    <message>
        <source>a recipe comparison needs partial experiments as values and a label for each</source>
        <comment>compare.recipe_needs_labels</comment>
        <translation>레시피 비교에는 값으로 부분 실험이, 그리고 실행마다 레이블이 필요합니다</translation>
    </message>
    <message>
        <source>cannot vary {vary}: use &apos;activation&apos; or a setting such as &apos;training.optimizer&apos; or &apos;network.dropout&apos;</source>
        <comment>compare.cannot_vary</comment>
        <translation>{vary}은(는) 바꿔 가며 비교할 수 없습니다: &apos;activation&apos;이나 &apos;training.optimizer&apos;, &apos;network.dropout&apos; 같은 설정을 쓰세요</translation>
    </message>
    <message>
        <source>run {run} ({label}): {problem}</source>
        <comment>compare.run_problem</comment>
        <translation>실행 {run} ({label}): {problem}</translation>
    </message>
    <message>
        <source>run {run}: {value} is not a value for {vary}</source>
        <comment>compare.not_a_value</comment>
        <translation>실행 {run}: {value}은(는) {vary}에 쓸 수 있는 값이 아닙니다</translation>
    </message>
    <message>
        <source>seeds: {text} is not a count or a range like 0-7</source>
        <comment>compare.bad_seeds</comment>
        <translation>시드: {text}은(는) 개수나 0-7 같은 범위가 아닙니다</translation>
    </message>
    <message>
        <source>hidden layers: write widths joined by &apos;-&apos;, runs by &apos;,&apos; (e.g. 8-8, 16), not {text}</source>
        <comment>compare.bad_widths</comment>
        <translation>은닉층: 너비는 &apos;-&apos;로, 실행은 &apos;,&apos;로 이어 쓰세요(예: 8-8, 16). {text}은(는) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>{setting}: {value} is not a number</source>
        <comment>compare.not_a_number</comment>
        <translation>{setting}: {value}은(는) 수가 아닙니다</translation>
    </message>
    <message>
        <source>activation</source>
        <comment>compare.setting_activation</comment>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <source>optimizer</source>
        <comment>compare.setting_optimizer</comment>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <source>learning rate</source>
        <comment>compare.setting_learning_rate</comment>
        <translation>학습률</translation>
    </message>
    <message>
        <source>batch size</source>
        <comment>compare.setting_batch_size</comment>
        <translation>배치 크기</translation>
    </message>
    <message>
        <source>seed</source>
        <comment>compare.setting_seed</comment>
        <translation>시드</translation>
    </message>
    <message>
        <source>dropout</source>
        <comment>compare.setting_dropout</comment>
        <translation>드롭아웃</translation>
    </message>
    <message>
        <source>initial weight scale</source>
        <comment>compare.setting_init_scale</comment>
        <translation>초기 가중치 배율</translation>
    </message>
    <message>
        <source>recurrent weight scale</source>
        <comment>compare.setting_recurrent_scale</comment>
        <translation>순환 가중치 크기</translation>
    </message>
    <message>
        <source>hidden layers</source>
        <comment>compare.setting_hidden</comment>
        <translation>은닉층</translation>
    </message>
    <message>
        <source>regularization</source>
        <comment>compare.setting_regularization</comment>
        <translation>정규화</translation>
    </message>
    <message>
        <source>regularization rate</source>
        <comment>compare.setting_reg_rate</comment>
        <translation>정규화율</translation>
    </message>
    <message>
        <source>pre-training steps</source>
        <comment>compare.setting_pretrain_steps</comment>
        <translation>사전 학습 스텝</translation>
    </message>
</context>
</TS>
