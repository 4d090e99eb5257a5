"""The words and templates of the generated word corpus (engine/data/word_corpus.py).

Korean: a particle is written attached to its noun, as in any Korean text, so a
whitespace tokeniser would make "월요일에" and "월요일은" different words. The Korean
templates are phrased so that a group word is always followed by a space, never by a
particle: a noun before a noun ("월요일 아침에", "파리 시내", "프랑스 정부는"), a
numeral before its counter ("세 상자를"), a colour before its noun ("빨간 차는"), a verb
at the end. Particles then attach to glue words only, and no particle stands alone.
"""

from __future__ import annotations

from engine.shared.results.projection import GLUE_GROUP

#: Group name -> (English members, Korean members), aligned: the i-th country's capital
#: is the i-th capital, the i-th present-tense verb's past is the i-th past-tense verb.
GROUPS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "day": (("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
             "sunday"),
            ("월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일")),
    "month": (("january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december"),
              ("일월", "이월", "삼월", "사월", "오월", "유월", "칠월", "팔월", "구월",
               "시월", "십일월", "십이월")),
    "country": (("france", "germany", "italy", "spain", "japan", "china", "russia", "egypt",
                 "kenya", "peru", "canada", "greece"),
                ("프랑스", "독일", "이탈리아", "스페인", "일본", "중국", "러시아", "이집트",
                 "케냐", "페루", "캐나다", "그리스")),
    "capital": (("paris", "berlin", "rome", "madrid", "tokyo", "beijing", "moscow", "cairo",
                 "nairobi", "lima", "ottawa", "athens"),
                ("파리", "베를린", "로마", "마드리드", "도쿄", "베이징", "모스크바", "카이로",
                 "나이로비", "리마", "오타와", "아테네")),
    "number": (("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "twelve"),
               ("두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉", "열", "열두")),
    "colour": (("red", "blue", "green", "yellow", "black", "white", "brown", "grey"),
               ("빨간", "파란", "초록", "노란", "검은", "하얀", "갈색", "회색")),
    "animal": (("horse", "cow", "sheep", "goat", "pig", "rabbit", "fox", "wolf", "cat", "dog"),
               ("말", "소", "양", "염소", "돼지", "토끼", "여우", "늑대", "고양이", "강아지")),
    "family": (("mother", "father", "brother", "sister", "uncle", "aunt", "son", "daughter"),
               ("어머니", "아버지", "형", "누나", "삼촌", "이모", "아들", "딸")),
    "job": (("teacher", "doctor", "farmer", "baker", "nurse", "driver", "lawyer", "pilot",
             "banker", "tailor"),
            ("교사", "의사", "농부", "제빵사", "간호사", "운전사", "변호사", "조종사", "은행원",
             "재단사")),
    "food": (("bread", "rice", "fish", "cheese", "tea", "coffee", "sugar", "salt", "butter",
              "flour"),
             ("빵", "쌀", "생선", "치즈", "녹차", "커피", "설탕", "소금", "버터", "밀가루")),
    "verb_present": (("sells", "buys", "brings", "carries", "orders", "delivers", "packs",
                      "loads"),
                     ("판다", "산다", "가져온다", "나른다", "주문한다", "배달한다", "포장한다",
                      "싣는다")),
    "verb_past": (("sold", "bought", "brought", "carried", "ordered", "delivered", "packed",
                   "loaded"),
                  ("팔았다", "샀다", "가져왔다", "날랐다", "주문했다", "배달했다", "포장했다",
                   "실었다")),
}
#: The group of glue words that belong to no group.
FUNCTION = GLUE_GROUP
#: Groups whose members are chosen together in a sentence (a capital with its own
#: country, a verb in either tense): the key a slot's member index is drawn under.
KEY = {"country": "place", "capital": "place", "verb_present": "verb", "verb_past": "verb"}
#: Aligned group pairs a word-vector view can draw offsets for: (relation, from, to).
RELATIONS = (("capital", "capital", "country"), ("past", "verb_present", "verb_past"))

#: (English, Korean) templates; ``{group}`` is a slot, always a whole token.
TEMPLATES: tuple[tuple[str, str], ...] = (
    ("the meeting will be held on {day} morning", "회의는 {day} 아침에 열린다"),
    ("in {month} the shops close early every {day}",
     "{month} 한 달 동안 가게들은 매주 {day} 일찍 문을 닫는다"),
    ("the market in the centre of {capital} opens on {day}",
     "{capital} 시내 시장은 {day} 오전에 문을 연다"),
    ("the election in {country} will take place in {month}",
     "{country} 대통령 선거는 {month} 중순에 치러진다"),
    ("{capital} is the capital of {country}", "{country} 정부는 수도 {capital} 시내에 있다"),
    ("the president of {country} arrived in {capital} on {day}",
     "{country} 대통령이 {day} 오후 {capital} 공항에 도착했다"),
    ("the mayor of {capital} met reporters on {day}",
     "{capital} 시장이 {day} 오후 기자들을 만났다"),
    ("prices in {country} rose {number} times in {month}",
     "{month} 들어 {country} 물가가 {number} 번이나 올랐다"),
    ("the team from {capital} won {number} games in {month}",
     "{capital} 팀은 {month} 한 달 동안 {number} 경기를 이겼다"),
    ("a {colour} {animal} was seen near the river on {day}",
     "{day} 아침 강가에서 {colour} {animal} 한 마리가 보였다"),
    ("the {colour} car belongs to my {family}", "{colour} 차는 우리 {family} 것이다"),
    ("the office of my {family} is in {capital}", "우리 {family} 회사는 {capital} 시내에 있다"),
    ("yesterday the {job} {verb_past} {number} boxes of {food}",
     "어제 {job} 한 명이 {food} {number} 상자를 {verb_past}"),
    ("every {day} the {job} {verb_present} {number} boxes of {food}",
     "매주 {day} {job} 한 명이 {food} {number} 상자를 {verb_present}"),
    ("last week the shop {verb_past} {food} from {country}",
     "지난주 그 가게는 {country} 업체에서 {food} 몇 상자를 {verb_past}"),
    ("each week the shop {verb_present} {food} from {country}",
     "그 가게는 매주 {country} 업체에서 {food} 몇 상자를 {verb_present}"),
    ("on {day} my {family} {verb_past} {food} for the shop",
     "{day} 오후 우리 {family} 가게는 {food} 몇 상자를 {verb_past}"),
    ("my {family} {verb_present} {food} at the market every {day}",
     "우리 {family} 가게는 매주 {day} 시장에서 {food} 몇 상자를 {verb_present}"),
    ("a {colour} {animal} lives on the farm of my {family}",
     "{colour} {animal} 한 마리가 우리 {family} 농장에서 지낸다"),
    ("{number} people from {country} visited the museum on {day}",
     "{day} 오후 {country} 관광객 {number} 명이 박물관을 찾았다"),
    ("a {job} from {country} will arrive on {day}",
     "{country} 출신 {job} 한 명이 {day} 도착한다"),
    ("the weather in {capital} was cold in {month}", "{month} 초 {capital} 날씨는 추웠다"),
    ("the festival in {country} begins on the first {day} of {month}",
     "{country} 축제는 {month} 첫째 주 {day} 시작된다"),
    ("the {animal} at the zoo in {capital} is {number} years old",
     "{capital} 동물원 {animal} 한 마리가 올해 {number} 살이 되었다"),
    ("the birthday of my {family} is in {month}", "우리 {family} 생일은 {month} 초에 있다"),
    ("on {day} evening a {job} came in a {colour} coat",
     "{day} 저녁 {job} 한 명이 {colour} 외투를 입고 왔다"),
    ("the {job} said that the government of {country} sits in {capital}",
     "{job} 한 명이 {country} 정부가 {capital} 시내에 있다고 말했다"),
)
#: The languages of the tables, in the order of their columns.
LANGUAGES = ("en", "ko")
