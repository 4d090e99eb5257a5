<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>BoundaryView</name>
    <message>
        <location filename="../../gui/views/boundary_view.py" line="40"/>
        <source>Show test data</source>
        <extracomment>A click on the plane in &quot;add points&quot; mode: (x1, x2).</extracomment>
        <translation>테스트 데이터 표시</translation>
    </message>
    <message>
        <location filename="../../gui/views/boundary_view.py" line="41"/>
        <source>Discretize output</source>
        <translation>출력 이산화</translation>
    </message>
</context>
<context>
    <name>CurvesView</name>
    <message>
        <location filename="../../gui/views/curves_view.py" line="15"/>
        <source>step</source>
        <translation>스텝</translation>
    </message>
    <message>
        <location filename="../../gui/views/curves_view.py" line="15"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../gui/views/curves_view.py" line="18"/>
        <source>training loss</source>
        <translation>학습 손실</translation>
    </message>
    <message>
        <location filename="../../gui/views/curves_view.py" line="20"/>
        <source>test loss</source>
        <translation>테스트 손실</translation>
    </message>
    <message>
        <location filename="../../gui/views/curves_view.py" line="26"/>
        <source>Log scale</source>
        <translation>로그 스케일</translation>
    </message>
    <message>
        <location filename="../../gui/views/curves_view.py" line="44"/>
        <source>Test loss {0}  Training loss {1}</source>
        <translation>테스트 손실 {0}  학습 손실 {1}</translation>
    </message>
    <message>
        <location filename="../../gui/views/curves_view.py" line="47"/>
        <source>  Test accuracy {0:.1f} %</source>
        <translation>  테스트 정확도 {0:.1f}%</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <location filename="../../gui/panels/data_panel.py" line="70"/>
        <source>Which dataset do you want to use?</source>
        <extracomment>Changes to DataSettings fields, e.g. {&quot;dataset&quot;: &quot;xor&quot;}. Training batch size (lives in TrainSettings but sits here, as in the playground).</extracomment>
        <translation>어떤 데이터셋을 사용할까요?</translation>
    </message>
    <message>
        <location filename="../../gui/panels/data_panel.py" line="84"/>
        <source>Ratio of training to test data: {0} %</source>
        <translation>학습/테스트 데이터 비율: {0}%</translation>
    </message>
    <message>
        <location filename="../../gui/panels/data_panel.py" line="85"/>
        <source>Noise: {0}</source>
        <translation>잡음: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/data_panel.py" line="86"/>
        <source>Batch size: {0}</source>
        <translation>배치 크기: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/data_panel.py" line="104"/>
        <source>Classes: </source>
        <translation>클래스 수: </translation>
    </message>
    <message>
        <location filename="../../gui/panels/data_panel.py" line="108"/>
        <source>Regenerate</source>
        <translation>다시 생성</translation>
    </message>
    <message>
        <location filename="../../gui/panels/data_panel.py" line="109"/>
        <source>New random points from the same distribution</source>
        <translation>같은 분포에서 새 무작위 점을 만듭니다</translation>
    </message>
    <message>
        <location filename="../../gui/panels/data_panel.py" line="113"/>
        <location filename="../../gui/panels/data_panel.py" line="154"/>
        <source>Your own points</source>
        <translation>직접 만든 점</translation>
    </message>
    <message>
        <location filename="../../gui/panels/data_panel.py" line="115"/>
        <source>Click does nothing</source>
        <translation>클릭해도 점을 추가하지 않음</translation>
    </message>
    <message>
        <location filename="../../gui/panels/data_panel.py" line="116"/>
        <location filename="../../gui/panels/data_panel.py" line="238"/>
        <source>Click adds orange (class 0)</source>
        <translation>클릭하면 주황색 점 추가 (클래스 0)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/data_panel.py" line="117"/>
        <location filename="../../gui/panels/data_panel.py" line="240"/>
        <source>Click adds blue (class 1)</source>
        <translation>클릭하면 파란색 점 추가 (클래스 1)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/data_panel.py" line="123"/>
        <source>Clear all points</source>
        <translation>모든 점 지우기</translation>
    </message>
    <message>
        <location filename="../../gui/panels/data_panel.py" line="124"/>
        <source>Start from an empty plane and draw your own data</source>
        <translation>빈 평면에서 시작해 직접 데이터를 찍어 보세요</translation>
    </message>
    <message>
        <location filename="../../gui/panels/data_panel.py" line="127"/>
        <source>Import CSV…</source>
        <translation>CSV 가져오기…</translation>
    </message>
    <message>
        <location filename="../../gui/panels/data_panel.py" line="128"/>
        <source>A file with columns x1, x2, label (or value)</source>
        <translation>x1, x2, 레이블(또는 값) 열이 있는 파일</translation>
    </message>
    <message>
        <location filename="../../gui/panels/data_panel.py" line="148"/>
        <source>Circle</source>
        <translation>원</translation>
    </message>
    <message>
        <location filename="../../gui/panels/data_panel.py" line="148"/>
        <source>Exclusive or</source>
        <translation>배타적 논리합(XOR)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/data_panel.py" line="149"/>
        <source>Gaussian blobs</source>
        <translation>가우시안 군집</translation>
    </message>
    <message>
        <location filename="../../gui/panels/data_panel.py" line="149"/>
        <source>Spiral</source>
        <translation>나선</translation>
    </message>
    <message>
        <location filename="../../gui/panels/data_panel.py" line="150"/>
        <source>Two moons</source>
        <translation>반달 두 개</translation>
    </message>
    <message>
        <location filename="../../gui/panels/data_panel.py" line="150"/>
        <source>Checkerboard</source>
        <translation>체커보드</translation>
    </message>
    <message>
        <location filename="../../gui/panels/data_panel.py" line="151"/>
        <source>Two interleaved curves (Fig. 1a)</source>
        <translation>서로 얽힌 두 곡선 (그림 1a)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/data_panel.py" line="152"/>
        <source>Plane (regression)</source>
        <translation>평면 (회귀)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/data_panel.py" line="153"/>
        <source>Multi-Gaussian (regression)</source>
        <translation>다중 가우시안 (회귀)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/data_panel.py" line="181"/>
        <source>Import points</source>
        <translation>점 가져오기</translation>
    </message>
    <message>
        <location filename="../../gui/panels/data_panel.py" line="182"/>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV 파일 (*.csv *.txt *.tsv);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/data_panel.py" line="191"/>
        <source>Could not import {0}</source>
        <translation>{0} 파일을 가져올 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../gui/panels/data_panel.py" line="237"/>
        <source>Click adds −1</source>
        <translation>클릭하면 값이 −1인 점 추가</translation>
    </message>
    <message>
        <location filename="../../gui/panels/data_panel.py" line="239"/>
        <source>Click adds +1</source>
        <translation>클릭하면 값이 +1인 점 추가</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../../gui/panels/layer_commands.py" line="165"/>
        <location filename="../../gui/panels/layer_commands.py" line="187"/>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_commands.py" line="166"/>
        <location filename="../../gui/panels/layer_commands.py" line="189"/>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_commands.py" line="172"/>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_commands.py" line="172"/>
        <source>Remove the selected layer (Delete)</source>
        <translation>선택한 층 삭제 (Delete)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_commands.py" line="174"/>
        <source>Duplicate</source>
        <translation>복제</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_commands.py" line="174"/>
        <source>Duplicate the selected layer (Ctrl+D)</source>
        <translation>선택한 층 복제 (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_commands.py" line="176"/>
        <source>Up</source>
        <translation>위로</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_commands.py" line="176"/>
        <source>Move the selected layer up (Alt+Up)</source>
        <translation>선택한 층을 위로 이동 (Alt+Up)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_commands.py" line="178"/>
        <source>Down</source>
        <translation>아래로</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_commands.py" line="178"/>
        <source>Move the selected layer down (Alt+Down)</source>
        <translation>선택한 층을 아래로 이동 (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_commands.py" line="182"/>
        <source>Templates</source>
        <translation>템플릿</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_commands.py" line="183"/>
        <source>Start from a ready-made network</source>
        <translation>미리 만든 신경망에서 시작</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_commands.py" line="187"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>실행 취소 (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_commands.py" line="189"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>다시 실행 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_commands.py" line="231"/>
        <source>points</source>
        <translation>점</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_commands.py" line="231"/>
        <source>images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_commands.py" line="232"/>
        <source>sequences</source>
        <translation>시퀀스</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_commands.py" line="232"/>
        <source>text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_commands.py" line="234"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
</context>
<context>
    <name>ExperimentFiles</name>
    <message>
        <location filename="../../gui/file_menu.py" line="44"/>
        <source>&amp;File</source>
        <extracomment>A file was opened and the window shows it (its SavedExperiment). A save or export finished: (action, ok, message).</extracomment>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/file_menu.py" line="46"/>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gui/file_menu.py" line="48"/>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/file_menu.py" line="50"/>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/file_menu.py" line="52"/>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../gui/file_menu.py" line="55"/>
        <source>&amp;Export Model</source>
        <translation>모델 내보내기(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/file_menu.py" line="57"/>
        <source>PyTorch Source (.py)…</source>
        <translation>PyTorch 소스 (.py)…</translation>
    </message>
    <message>
        <location filename="../../gui/file_menu.py" line="58"/>
        <source>TorchScript (.pt)…</source>
        <translation>TorchScript (.pt)…</translation>
    </message>
    <message>
        <location filename="../../gui/file_menu.py" line="59"/>
        <source>ONNX (.onnx)…</source>
        <translation>ONNX (.onnx)…</translation>
    </message>
    <message>
        <location filename="../../gui/file_menu.py" line="67"/>
        <source>ONNX (.onnx): needs the optional &apos;onnx&apos; package</source>
        <translation>ONNX (.onnx): 선택 패키지 &apos;onnx&apos;가 필요합니다</translation>
    </message>
    <message>
        <location filename="../../gui/file_menu.py" line="100"/>
        <source>Clear Recent Files</source>
        <translation>최근 파일 목록 지우기</translation>
    </message>
    <message>
        <location filename="../../gui/file_menu.py" line="109"/>
        <source>Deepscope experiments (*{0});;Experiment settings (*.json)</source>
        <translation>Deepscope 실험 (*{0});;실험 설정 (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/file_menu.py" line="113"/>
        <source>Open Experiment</source>
        <translation>실험 열기</translation>
    </message>
    <message>
        <location filename="../../gui/file_menu.py" line="119"/>
        <source>Save Experiment</source>
        <translation>실험 저장</translation>
    </message>
    <message>
        <location filename="../../gui/file_menu.py" line="127"/>
        <source>Export Model</source>
        <translation>모델 내보내기</translation>
    </message>
    <message>
        <location filename="../../gui/file_menu.py" line="163"/>
        <source>Could not read {0}: {1}</source>
        <translation>{0}을(를) 읽을 수 없습니다: {1}</translation>
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
    <name>LandscapeView</name>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="54"/>
        <source>direction 1</source>
        <extracomment>Landscape settings changed: dict of engine LandscapeSettings fields. &quot;Recompute now&quot; pressed. Something a person should read (two files that cannot make a line).</extracomment>
        <translation>방향 1</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="54"/>
        <location filename="../../gui/views/landscape_view.py" line="274"/>
        <source>direction 2</source>
        <translation>방향 2</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="74"/>
        <source>Random</source>
        <translation>무작위</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="75"/>
        <source>PCA of the path</source>
        <translation>경로의 PCA</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="76"/>
        <source>Line: start → now</source>
        <translation>직선: 시작 → 현재</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="77"/>
        <source>Line: file → file…</source>
        <translation>직선: 파일 → 파일…</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="80"/>
        <source>The straight line from one saved experiment&apos;s weights to another&apos;s (both of the network training now)</source>
        <translation>저장한 한 실험의 가중치에서 다른 실험의 가중치까지의 직선 (둘 다 지금 학습 중인 신경망이어야 합니다)</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="85"/>
        <source>per filter</source>
        <translation>필터별</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="85"/>
        <source>per layer</source>
        <translation>층별</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="86"/>
        <source>whole model</source>
        <translation>모델 전체</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="86"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="88"/>
        <source>How random directions are scaled to the weights</source>
        <translation>무작위 방향을 가중치에 맞춰 조정하는 방식</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="89"/>
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
        <location filename="../../gui/views/landscape_view.py" line="102"/>
        <source>Log scale</source>
        <translation>로그 스케일</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="103"/>
        <source>1-D slice</source>
        <translation>1차원 단면</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="104"/>
        <source>Show accuracy</source>
        <translation>정확도 보기</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="105"/>
        <source>Training accuracy over the plane instead of the loss</source>
        <translation>손실 대신 평면 위의 학습 정확도</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="106"/>
        <source>3-D surface</source>
        <translation>3차원 곡면</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="110"/>
        <source>3-D view off: {0}</source>
        <translation>3차원 보기 꺼짐: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="111"/>
        <source>Recompute now</source>
        <translation>지금 다시 계산</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="129"/>
        <source>Directions</source>
        <translation>방향</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="131"/>
        <source>Points per axis</source>
        <translation>축당 점 수</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="133"/>
        <source>Range ±</source>
        <translation>범위 ±</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="135"/>
        <source>Recompute</source>
        <translation>다시 계산</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="137"/>
        <source>Scaling</source>
        <translation>크기 조정</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="178"/>
        <source>every {0:g} s</source>
        <translation>{0:g}초마다</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="194"/>
        <source>Two experiment files: the line runs from one to the other</source>
        <translation>실험 파일 두 개: 직선이 한 파일에서 다른 파일로 이어집니다</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="195"/>
        <source>Deepscope experiments (*.deepscope)</source>
        <translation>Deepscope 실험 (*.deepscope)</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="207"/>
        <source>Pick exactly two experiment files for the line (you picked {0}).</source>
        <translation>직선을 그리려면 실험 파일을 정확히 두 개 고르세요 ({0}개를 골랐습니다).</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="216"/>
        <source>A settings-only file has no weights to draw a line to; pick two saved runs.</source>
        <translation>설정만 있는 파일에는 직선을 그을 가중치가 없습니다. 저장한 실행 두 개를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="229"/>
        <source>The landscape is computed while training runs.</source>
        <translation>학습이 진행되는 동안 지형을 계산합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="286"/>
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="287"/>
        <source>log10 loss</source>
        <translation>log10 손실</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="288"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="297"/>
        <source>Line from {0} (α = 0) to {1} (α = 1)</source>
        <translation>{0}(α = 0)에서 {1}(α = 1)까지의 직선</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="300"/>
        <source>Plane centred on the weights of step {0}</source>
        <translation>스텝 {0}의 가중치를 중심으로 한 평면</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="304"/>
        <source>PCA explains {0:.0f} % + {1:.0f} % of the path</source>
        <translation>PCA가 경로의 {0:.0f} % + {1:.0f} %를 설명합니다</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="308"/>
        <source>Hessian eigenvalues: largest {0:.3g}, smallest {1:.3g}</source>
        <translation>헤세 행렬 고윳값: 최대 {0:.3g}, 최소 {1:.3g}</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="316"/>
        <source>a minimum: the loss curves upwards in every direction</source>
        <translation>최솟값: 모든 방향으로 손실이 위로 휘어 있습니다</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="318"/>
        <source>a saddle point: the loss falls along some directions</source>
        <translation>안장점: 일부 방향으로는 손실이 내려갑니다</translation>
    </message>
</context>
<context>
    <name>LayerBuilder</name>
    <message>
        <location filename="../../gui/panels/layer_builder.py" line="73"/>
        <source>Input: {0}</source>
        <extracomment>The stack (a tuple of Layers) after every edit a person made, undo and redo included. A template for another kind of data was picked: the window decides what to load.</extracomment>
        <translation>입력: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_builder.py" line="81"/>
        <source>Replace the layers</source>
        <translation>층 바꾸기</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_builder.py" line="128"/>
        <source>Add {0}</source>
        <translation>{0} 추가</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_builder.py" line="140"/>
        <source>Remove {0}</source>
        <translation>{0} 삭제</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_builder.py" line="147"/>
        <source>Duplicate {0}</source>
        <translation>{0} 복제</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_builder.py" line="161"/>
        <source>Move {0}</source>
        <translation>{0} 이동</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_builder.py" line="169"/>
        <source>Use template {0}</source>
        <translation>템플릿 {0} 사용</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_builder.py" line="181"/>
        <source>Change {0}</source>
        <translation>{0} 변경</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_builder.py" line="261"/>
        <source>Does not fit: {0}</source>
        <translation>맞지 않음: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_builder.py" line="264"/>
        <source>Total: {0} parameters</source>
        <translation>합계: 매개변수 {0}개</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_builder.py" line="265"/>
        <source>Total: —</source>
        <translation>합계: —</translation>
    </message>
</context>
<context>
    <name>LayerParams</name>
    <message>
        <location filename="../../gui/panels/layer_editors.py" line="31"/>
        <source>out features</source>
        <extracomment>The schema&apos;s parameter labels, listed literally so pyside6-lupdate extracts them.</extracomment>
        <translation>출력 특징 수</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_editors.py" line="32"/>
        <source>in features</source>
        <translation>입력 특징 수</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_editors.py" line="32"/>
        <source>bias</source>
        <translation>편향</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_editors.py" line="33"/>
        <source>out channels</source>
        <translation>출력 채널</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_editors.py" line="33"/>
        <source>kernel</source>
        <translation>커널</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_editors.py" line="34"/>
        <source>stride</source>
        <translation>보폭</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_editors.py" line="34"/>
        <source>padding</source>
        <translation>패딩</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_editors.py" line="35"/>
        <source>in channels</source>
        <translation>입력 채널</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_editors.py" line="36"/>
        <source>probability</source>
        <translation>확률</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_editors.py" line="37"/>
        <source>dimensions</source>
        <translation>차원</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_editors.py" line="37"/>
        <source>vocabulary</source>
        <translation>어휘 크기</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_editors.py" line="38"/>
        <source>hidden size</source>
        <translation>은닉 크기</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_editors.py" line="38"/>
        <source>layers</source>
        <translation>층 수</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_editors.py" line="39"/>
        <source>bidirectional</source>
        <translation>양방향</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="52"/>
        <source>Deepscope</source>
        <extracomment>Emitted after each snapshot has been drawn (tests and the screenshot mode wait on it).</extracomment>
        <translation>Deepscope</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="91"/>
        <source>Loading PyTorch…</source>
        <extracomment>The builder&apos;s edits and its design for other data (see gui/stack_editing.py).</extracomment>
        <translation>PyTorch 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="97"/>
        <source>Gallery</source>
        <translation>갤러리</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="111"/>
        <source>Network</source>
        <translation>신경망</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="112"/>
        <source>Layers</source>
        <translation>층</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="116"/>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="117"/>
        <source>Loss landscape</source>
        <translation>손실 지형</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="142"/>
        <source>Device: starting…</source>
        <translation>장치: 시작하는 중…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="144"/>
        <source>auto</source>
        <translation>자동</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="147"/>
        <source>Which device trains</source>
        <translation>학습에 사용할 장치</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="190"/>
        <source>No demo called &apos;{0}&apos;.</source>
        <translation>&apos;{0}&apos; 데모가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="201"/>
        <location filename="../../gui/main_window.py" line="366"/>
        <source>Deepscope — {0}</source>
        <translation>Deepscope — {0}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="312"/>
        <source>Device: {0}</source>
        <translation>장치: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="313"/>
        <source>{0:,.0f} steps/s</source>
        <translation>초당 {0:,.0f} 스텝</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="314"/>
        <source>{0} snapshots/s</source>
        <translation>초당 스냅샷 {0}개</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="317"/>
        <source>PyTorch ready</source>
        <translation>PyTorch 준비 완료</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="322"/>
        <source>Training stopped after an error: {0}</source>
        <translation>오류가 발생해 학습이 중단되었습니다: {0}</translation>
    </message>
</context>
<context>
    <name>NetworkPanel</name>
    <message>
        <location filename="../../gui/panels/network_panel.py" line="44"/>
        <source>Add a hidden layer</source>
        <translation>은닉층 추가</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_panel.py" line="46"/>
        <source>Remove the last hidden layer</source>
        <translation>마지막 은닉층 제거</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_panel.py" line="112"/>
        <source>Add a neuron</source>
        <translation>뉴런 추가</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_panel.py" line="114"/>
        <source>Remove a neuron</source>
        <translation>뉴런 제거</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_panel.py" line="136"/>
        <source>Assembled in the Layers tab: {0}. The diagram draws perceptrons only (Linear layers and one activation each); edit this network there.</source>
        <translation>층 탭에서 구성한 신경망: {0}. 이 그림은 퍼셉트론(Linear 층과 각각 하나의 활성화 함수)만 그립니다. 이 신경망은 층 탭에서 편집하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_panel.py" line="256"/>
        <source>1 hidden layer</source>
        <translation>은닉층 1개</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/panels/network_panel.py" line="256"/>
        <source>%n hidden layers</source>
        <translation>
            <numerusform>은닉층 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_panel.py" line="258"/>
        <source>Layer stack</source>
        <translation>층 구성</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_panel.py" line="259"/>
        <source>Features</source>
        <translation>특성</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_panel.py" line="259"/>
        <source>In</source>
        <translation>입력</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_panel.py" line="260"/>
        <source>1 neuron</source>
        <translation>뉴런 1개</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/panels/network_panel.py" line="260"/>
        <source>%n neurons</source>
        <translation>
            <numerusform>뉴런 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_panel.py" line="262"/>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_panel.py" line="262"/>
        <source>Out</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_panel.py" line="312"/>
        <source>Bias of {name}</source>
        <translation>{name}의 편향</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_panel.py" line="318"/>
        <source>Weight from {source} to {target}</source>
        <translation>가중치: {source} → {target}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_panel.py" line="326"/>
        <source>New value:</source>
        <translation>새 값:</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_panel.py" line="351"/>
        <source>Click to switch this input off</source>
        <translation>클릭하면 이 입력을 끕니다</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_panel.py" line="352"/>
        <source>Off. Click to switch it on</source>
        <translation>꺼져 있음. 클릭하면 켭니다</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_panel.py" line="357"/>
        <source>Weight {value}</source>
        <translation>가중치 {value}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_panel.py" line="358"/>
        <source>from {source} to {target}</source>
        <translation>{source} → {target}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_panel.py" line="360"/>
        <source>Click to edit the weight</source>
        <translation>클릭하면 가중치를 편집합니다</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_panel.py" line="363"/>
        <source>Bias {value}</source>
        <translation>편향 {value}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_panel.py" line="365"/>
        <source>Shift+click, or click the small square, to edit the bias</source>
        <translation>편향을 편집하려면 Shift+클릭하거나 작은 사각형을 클릭하세요</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_panel.py" line="373"/>
        <source>class {index}</source>
        <translation>클래스 {index}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_panel.py" line="374"/>
        <source>the output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_panel.py" line="375"/>
        <source>neuron {unit} of layer {layer}</source>
        <translation>{layer}층의 {unit}번 뉴런</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <location filename="../../gui/panels/layer_commands.py" line="256"/>
        <source>Core</source>
        <translation>기본</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_commands.py" line="256"/>
        <source>Activations</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_commands.py" line="257"/>
        <source>Convolution</source>
        <translation>합성곱</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_commands.py" line="257"/>
        <source>Normalisation</source>
        <translation>정규화</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_commands.py" line="258"/>
        <source>Recurrent</source>
        <translation>순환</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_commands.py" line="258"/>
        <source>Structure</source>
        <translation>구조</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_commands.py" line="268"/>
        <source>Add {0} after the selected layer (into a selected residual block)</source>
        <translation>선택한 층 뒤에 {0} 추가 (선택한 잔차 블록이면 그 안에)</translation>
    </message>
</context>
<context>
    <name>ParamEditors</name>
    <message>
        <location filename="../../gui/panels/layer_editors.py" line="124"/>
        <source>auto</source>
        <extracomment>Mime type of a dragged row: its position (&quot;3.1&quot;), so a drop never needs the drag source. Item data role holding a row&apos;s position (&quot;3.1&quot;, or &quot;out&quot; for the head).</extracomment>
        <translation>자동</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_editors.py" line="125"/>
        <source>{0}: {1:g} to {2:g}, or auto (inferred from the input)</source>
        <translation>{0}: {1:g}부터 {2:g}까지, 또는 자동(입력에서 추론)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_editors.py" line="127"/>
        <source>{0}: {1:g} to {2:g}</source>
        <translation>{0}: {1:g}부터 {2:g}까지</translation>
    </message>
</context>
<context>
    <name>StackEditing</name>
    <message>
        <location filename="../../gui/stack_editing.py" line="37"/>
        <source>2-D points: 1 feature</source>
        <extracomment>(input Shape, outputs) of a design for other data (images, sequences) in the builder: designed, saved and exported, not trained here (this window trains on 2-D points). None while the builder edits the playground&apos;s network.</extracomment>
        <translation>2차원 점: 특징 1개</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/stack_editing.py" line="38"/>
        <source>2-D points: %n features</source>
        <translation>
            <numerusform>2차원 점: 특징 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/stack_editing.py" line="47"/>
        <source>This design reads {0}; the window trains on 2-D points. Export it, or pick a template for points to train again.</source>
        <translation>이 설계의 입력은 {0}입니다. 이 창은 2차원 점으로 학습합니다. 설계를 내보내거나, 다시 학습하려면 점을 위한 템플릿을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/stack_editing.py" line="52"/>
        <source>The layer stack does not fit: {0}</source>
        <translation>층 구성이 맞지 않습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/stack_editing.py" line="86"/>
        <source>{0} (design only)</source>
        <translation>{0} (설계 전용)</translation>
    </message>
    <message>
        <location filename="../../gui/stack_editing.py" line="110"/>
        <source>The file&apos;s layer design could not be shown: {0}</source>
        <translation>파일의 층 설계를 보여 줄 수 없습니다: {0}</translation>
    </message>
</context>
<context>
    <name>StackTree</name>
    <message>
        <location filename="../../gui/panels/layer_editors.py" line="176"/>
        <source>#</source>
        <extracomment>(position, parameter name, new value) from a row&apos;s editor.</extracomment>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_editors.py" line="176"/>
        <source>Layer</source>
        <translation>층</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_editors.py" line="176"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_editors.py" line="177"/>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_editors.py" line="177"/>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_editors.py" line="251"/>
        <source>out</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_editors.py" line="252"/>
        <source>Output (Linear)</source>
        <translation>출력 (Linear)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_editors.py" line="254"/>
        <source>1 output</source>
        <translation>출력 1개</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/panels/layer_editors.py" line="255"/>
        <source>%n outputs</source>
        <translation>
            <numerusform>출력 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_editors.py" line="257"/>
        <source>adds its input to the output of the layers in it</source>
        <translation>입력을 안쪽 층들의 출력에 더합니다</translation>
    </message>
    <message>
        <location filename="../../gui/panels/layer_editors.py" line="265"/>
        <source>Input: {0}</source>
        <translation>입력: {0}</translation>
    </message>
</context>
<context>
    <name>TrainingBar</name>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="34"/>
        <source>Reset the network (R)</source>
        <extracomment>One training setting changed: (field of TrainSettings, value). The activation of every hidden layer changed. Classification or regression picked. Dropout probability of the hidden layers.</extracomment>
        <translation>네트워크 초기화 (R)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="35"/>
        <location filename="../../gui/panels/training_bar.py" line="147"/>
        <source>Play / pause (Space)</source>
        <translation>시작 / 일시 정지 (스페이스 바)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="37"/>
        <location filename="../../gui/panels/training_bar.py" line="148"/>
        <source>One step (Right arrow)</source>
        <translation>한 스텝 진행 (오른쪽 화살표)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="43"/>
        <source>Step</source>
        <translation>스텝</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="49"/>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="49"/>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="49"/>
        <source>Sigmoid</source>
        <translation>시그모이드</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="49"/>
        <source>Linear</source>
        <translation>선형</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="50"/>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="50"/>
        <source>GELU</source>
        <translation>GELU</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="50"/>
        <source>SiLU</source>
        <translation>SiLU</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="53"/>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="53"/>
        <source>SGD + momentum</source>
        <translation>SGD + 모멘텀</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="53"/>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="53"/>
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="54"/>
        <source>Adagrad</source>
        <translation>Adagrad</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="55"/>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="55"/>
        <source>L1</source>
        <translation>L1</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="55"/>
        <source>L2</source>
        <translation>L2</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="58"/>
        <source>Classification</source>
        <translation>분류</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="58"/>
        <source>Regression</source>
        <translation>회귀</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="60"/>
        <source>Cross-entropy</source>
        <translation>교차 엔트로피</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="60"/>
        <source>Mean squared error</source>
        <translation>평균제곱오차</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="62"/>
        <source>Regression always uses mean squared error</source>
        <translation>회귀는 항상 평균제곱오차를 사용합니다</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="64"/>
        <source>Probability of dropping each hidden unit while training</source>
        <translation>학습 중 각 은닉 유닛을 끌 확률</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="86"/>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="87"/>
        <source>Activation</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="88"/>
        <source>Optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="89"/>
        <source>Regularization</source>
        <translation>정규화</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="90"/>
        <source>Regularization rate</source>
        <translation>정규화율</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="91"/>
        <source>Dropout</source>
        <translation>드롭아웃</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="92"/>
        <source>Loss</source>
        <translation>손실 함수</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="93"/>
        <source>Problem type</source>
        <translation>문제 유형</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="152"/>
        <source>epoch {0:.1f}</source>
        <translation>에포크 {0:.1f}</translation>
    </message>
</context>
<context>
    <name>TrainingHost</name>
    <message>
        <location filename="../../gui/worker.py" line="91"/>
        <source>The training process stopped unexpectedly (exit code {0}).</source>
        <extracomment>The newest Snapshot (engine.snapshot.Snapshot). The child imported torch and can train; the argument names the auto device. A fault in the training loop: (one-line message, full traceback). The outcome of a save, open or export (engine.snapshot.Reply).</extracomment>
        <translation>학습 프로세스가 예기치 않게 종료되었습니다 (종료 코드 {0}).</translation>
    </message>
</context>
</TS>
