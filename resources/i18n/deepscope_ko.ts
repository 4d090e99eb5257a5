<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>BoundaryView</name>
    <message>
        <location filename="../../gui/views/boundary_view.py" line="41"/>
        <source>Show test data</source>
        <extracomment>A click on the plane in &quot;add points&quot; mode: (x1, x2).</extracomment>
        <translation>테스트 데이터 표시</translation>
    </message>
    <message>
        <location filename="../../gui/views/boundary_view.py" line="42"/>
        <source>Discretize output</source>
        <translation>출력 이산화</translation>
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
        <location filename="../../gui/views/curves_view.py" line="17"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../gui/views/curves_view.py" line="22"/>
        <source>training loss</source>
        <translation>학습 손실</translation>
    </message>
    <message>
        <location filename="../../gui/views/curves_view.py" line="24"/>
        <source>test loss</source>
        <translation>테스트 손실</translation>
    </message>
    <message>
        <location filename="../../gui/views/curves_view.py" line="30"/>
        <source>Log scale</source>
        <translation>로그 스케일</translation>
    </message>
    <message>
        <location filename="../../gui/views/curves_view.py" line="48"/>
        <source>Test loss {0}  Training loss {1}</source>
        <translation>테스트 손실 {0}  학습 손실 {1}</translation>
    </message>
    <message>
        <location filename="../../gui/views/curves_view.py" line="51"/>
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
        <location filename="../../gui/views/landscape_view.py" line="50"/>
        <source>direction 1</source>
        <extracomment>Landscape settings changed: dict of engine LandscapeSettings fields. &quot;Recompute now&quot; pressed.</extracomment>
        <translation>방향 1</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="51"/>
        <location filename="../../gui/views/landscape_view.py" line="230"/>
        <source>direction 2</source>
        <translation>방향 2</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="71"/>
        <source>Random</source>
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
        <location filename="../../gui/views/landscape_view.py" line="76"/>
        <source>per filter</source>
        <translation>필터별</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="76"/>
        <source>per layer</source>
        <translation>층별</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="77"/>
        <source>whole model</source>
        <translation>모델 전체</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="77"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="79"/>
        <source>How random directions are scaled to the weights</source>
        <translation>무작위 방향을 가중치에 맞춰 조정하는 방식</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="80"/>
        <source>Move biases</source>
        <translation>편향도 움직이기</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="90"/>
        <source>by hand</source>
        <translation>직접</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="90"/>
        <source>every 5 s</source>
        <translation>5초마다</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="91"/>
        <source>every 15 s</source>
        <translation>15초마다</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="91"/>
        <source>every 60 s</source>
        <translation>60초마다</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="93"/>
        <source>Log scale</source>
        <translation>로그 스케일</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="94"/>
        <source>1-D slice</source>
        <translation>1차원 단면</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="95"/>
        <source>Show accuracy</source>
        <translation>정확도 보기</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="96"/>
        <source>Training accuracy over the plane instead of the loss</source>
        <translation>손실 대신 평면 위의 학습 정확도</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="97"/>
        <source>3-D surface</source>
        <translation>3차원 곡면</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="101"/>
        <source>3-D view off: {0}</source>
        <translation>3차원 보기 꺼짐: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="102"/>
        <source>Recompute now</source>
        <translation>지금 다시 계산</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="120"/>
        <source>Directions</source>
        <translation>방향</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="122"/>
        <source>Points per axis</source>
        <translation>축당 점 수</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="124"/>
        <source>Range ±</source>
        <translation>범위 ±</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="126"/>
        <source>Recompute</source>
        <translation>다시 계산</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="128"/>
        <source>Scaling</source>
        <translation>크기 조정</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="167"/>
        <source>every {0:g} s</source>
        <translation>{0:g}초마다</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="185"/>
        <source>The landscape is computed while training runs.</source>
        <translation>학습이 진행되는 동안 지형을 계산합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="242"/>
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="243"/>
        <source>log10 loss</source>
        <translation>log10 손실</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="244"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="252"/>
        <source>Plane centred on the weights of step {0}</source>
        <translation>스텝 {0}의 가중치를 중심으로 한 평면</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="255"/>
        <source>PCA explains {0:.0f} % + {1:.0f} % of the path</source>
        <translation>PCA가 경로의 {0:.0f} % + {1:.0f} %를 설명합니다</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="259"/>
        <source>Hessian eigenvalues: largest {0:.3g}, smallest {1:.3g}</source>
        <translation>헤세 행렬 고윳값: 최대 {0:.3g}, 최소 {1:.3g}</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="267"/>
        <source>a minimum: the loss curves upwards in every direction</source>
        <translation>최솟값: 모든 방향으로 손실이 위로 휘어 있습니다</translation>
    </message>
    <message>
        <location filename="../../gui/views/landscape_view.py" line="269"/>
        <source>a saddle point: the loss falls along some directions</source>
        <translation>안장점: 일부 방향으로는 손실이 내려갑니다</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="48"/>
        <source>Deepscope</source>
        <extracomment>Emitted after each snapshot has been drawn (tests and the screenshot mode wait on it).</extracomment>
        <translation>Deepscope</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="83"/>
        <source>Loading PyTorch…</source>
        <translation>PyTorch 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="89"/>
        <source>Gallery</source>
        <translation>갤러리</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="104"/>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="105"/>
        <source>Loss landscape</source>
        <translation>손실 지형</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="130"/>
        <source>Device: starting…</source>
        <translation>장치: 시작하는 중…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="132"/>
        <source>auto</source>
        <translation>자동</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="135"/>
        <source>Which device trains</source>
        <translation>학습에 사용할 장치</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="177"/>
        <source>No demo called &apos;{0}&apos;.</source>
        <translation>&apos;{0}&apos; 데모가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="186"/>
        <source>Deepscope — {0}</source>
        <translation>Deepscope — {0}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="292"/>
        <source>Device: {0}</source>
        <translation>장치: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="293"/>
        <source>{0:,.0f} steps/s</source>
        <translation>초당 {0:,.0f} 스텝</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="294"/>
        <source>{0} snapshots/s</source>
        <translation>초당 스냅샷 {0}개</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="297"/>
        <source>PyTorch ready</source>
        <translation>PyTorch 준비 완료</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="302"/>
        <source>Training stopped after an error: {0}</source>
        <translation>오류가 발생해 학습이 중단되었습니다: {0}</translation>
    </message>
</context>
<context>
    <name>NetworkPanel</name>
    <message>
        <location filename="../../gui/panels/network_panel.py" line="45"/>
        <source>Add a hidden layer</source>
        <translation>은닉층 추가</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_panel.py" line="47"/>
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
        <location filename="../../gui/panels/network_panel.py" line="228"/>
        <source>1 hidden layer</source>
        <translation>은닉층 1개</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/panels/network_panel.py" line="228"/>
        <source>%n hidden layers</source>
        <translation>
            <numerusform>은닉층 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_panel.py" line="229"/>
        <source>Features</source>
        <translation>특성</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_panel.py" line="229"/>
        <source>In</source>
        <translation>입력</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_panel.py" line="230"/>
        <source>1 neuron</source>
        <translation>뉴런 1개</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/panels/network_panel.py" line="230"/>
        <source>%n neurons</source>
        <translation>
            <numerusform>뉴런 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_panel.py" line="232"/>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_panel.py" line="232"/>
        <source>Out</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_panel.py" line="282"/>
        <source>Bias of {name}</source>
        <translation>{name}의 편향</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_panel.py" line="288"/>
        <source>Weight from {source} to {target}</source>
        <translation>가중치: {source} → {target}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_panel.py" line="296"/>
        <source>New value:</source>
        <translation>새 값:</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_panel.py" line="321"/>
        <source>Click to switch this input off</source>
        <translation>클릭하면 이 입력을 끕니다</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_panel.py" line="322"/>
        <source>Off. Click to switch it on</source>
        <translation>꺼져 있음. 클릭하면 켭니다</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_panel.py" line="327"/>
        <source>Weight {value}</source>
        <translation>가중치 {value}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_panel.py" line="328"/>
        <source>from {source} to {target}</source>
        <translation>{source} → {target}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_panel.py" line="330"/>
        <source>Click to edit the weight</source>
        <translation>클릭하면 가중치를 편집합니다</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_panel.py" line="333"/>
        <source>Bias {value}</source>
        <translation>편향 {value}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_panel.py" line="335"/>
        <source>Shift+click, or click the small square, to edit the bias</source>
        <translation>편향을 편집하려면 Shift+클릭하거나 작은 사각형을 클릭하세요</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_panel.py" line="343"/>
        <source>class {index}</source>
        <translation>클래스 {index}</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_panel.py" line="344"/>
        <source>the output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../../gui/panels/network_panel.py" line="345"/>
        <source>neuron {unit} of layer {layer}</source>
        <translation>{layer}층의 {unit}번 뉴런</translation>
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
        <source>Play / pause (Space)</source>
        <translation>시작 / 일시 정지 (스페이스 바)</translation>
    </message>
    <message>
        <location filename="../../gui/panels/training_bar.py" line="37"/>
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
        <location filename="../../gui/panels/training_bar.py" line="145"/>
        <source>epoch {0:.1f}</source>
        <translation>에포크 {0:.1f}</translation>
    </message>
</context>
<context>
    <name>TrainingHost</name>
    <message>
        <location filename="../../gui/worker.py" line="86"/>
        <source>The training process stopped unexpectedly (exit code {0}).</source>
        <extracomment>The newest Snapshot (engine.snapshot.Snapshot). The child imported torch and can train; the argument names the auto device. A fault in the training loop: (one-line message, full traceback).</extracomment>
        <translation>학습 프로세스가 예기치 않게 종료되었습니다 (종료 코드 {0}).</translation>
    </message>
</context>
</TS>
