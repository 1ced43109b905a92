/// Numbered examples of the constructs added for papers: environments, AMS commands,
/// boxes and colours, text with math inside, user macros and the script fixes. Run with
/// `mathMLExamples` by `MathMLSpecTests`.
let coverageExamples: [MathMLExample] = [
    .init(number: 60, tex: ##"\begin{array}{lc|r} a & b & c \\ \hline 1 & 2 & 3 \end{array}"##, display: true, mathML:
        ##"<mtable><mtr><mtd style="text-align: left; text-align: -webkit-left"><mi>a</mi></mtd><mtd><mi>b</mi></mtd><mtd style="text-align: right; text-align: -webkit-right; border-left: 0.06em solid"><mi>c</mi></mtd></mtr><mtr><mtd style="text-align: left; text-align: -webkit-left; border-top: 0.06em solid"><mn>1</mn></mtd><mtd style="border-top: 0.06em solid"><mn>2</mn></mtd><mtd style="text-align: right; text-align: -webkit-right; border-left: 0.06em solid; border-top: 0.06em solid"><mn>3</mn></mtd></mtr></mtable>"##),
    .init(number: 61, tex: ##"\begin{align} a &= b \label{eq-a} \\ c &= d \notag \\ e &= f \tag{3b} \end{align}"##, display: true, mathML:
        ##"<mtable displaystyle="true"><mtr><mtd style="text-align: right; text-align: -webkit-right; padding-right: 0"><mi>a</mi></mtd><mtd style="text-align: left; text-align: -webkit-left; padding-left: 0"><mo>=</mo><mi>b</mi></mtd></mtr><mtr><mtd style="text-align: right; text-align: -webkit-right; padding-right: 0"><mi>c</mi></mtd><mtd style="text-align: left; text-align: -webkit-left; padding-left: 0"><mo>=</mo><mi>d</mi></mtd></mtr><mtr><mtd style="text-align: right; text-align: -webkit-right; padding-right: 0"><mi>e</mi></mtd><mtd style="text-align: left; text-align: -webkit-left; padding-left: 0"><mo>=</mo><mi>f</mi></mtd></mtr></mtable>"##),
    .init(number: 62, tex: ##"\begin{align*} f(x) &= x^2 \\ &\le 1 \end{align*}"##, display: true, mathML:
        ##"<mtable displaystyle="true"><mtr><mtd style="text-align: right; text-align: -webkit-right; padding-right: 0"><mi>f</mi><mo stretchy="false">(</mo><mi>x</mi><mo stretchy="false">)</mo></mtd><mtd style="text-align: left; text-align: -webkit-left; padding-left: 0"><mo>=</mo><msup><mpadded height="0"><mi>x</mi></mpadded><mn>2</mn></msup></mtd></mtr><mtr><mtd style="text-align: right; text-align: -webkit-right; padding-right: 0"></mtd><mtd style="text-align: left; text-align: -webkit-left; padding-left: 0"><mo>≤</mo><mn>1</mn></mtd></mtr></mtable>"##),
    .init(number: 63, tex: ##"\begin{alignat}{2} x &= 1 &\quad y &= 2 \end{alignat}"##, display: true, mathML:
        ##"<mtable displaystyle="true"><mtr><mtd style="text-align: right; text-align: -webkit-right; padding-right: 0"><mi>x</mi></mtd><mtd style="text-align: left; text-align: -webkit-left; padding-left: 0"><mo>=</mo><mn>1</mn></mtd><mtd style="text-align: right; text-align: -webkit-right; padding-right: 0"><mspace width="1em"/><mi>y</mi></mtd><mtd style="text-align: left; text-align: -webkit-left; padding-left: 0"><mo>=</mo><mn>2</mn></mtd></mtr></mtable>"##),
    .init(number: 64, tex: ##"\begin{gather} a = b \\ c = d \end{gather}"##, display: true, mathML:
        ##"<mtable displaystyle="true"><mtr><mtd><mi>a</mi><mo>=</mo><mi>b</mi></mtd></mtr><mtr><mtd><mi>c</mi><mo>=</mo><mi>d</mi></mtd></mtr></mtable>"##),
    .init(number: 65, tex: ##"\begin{gather*} a = b \end{gather*}"##, display: true, mathML:
        ##"<mtable displaystyle="true"><mtr><mtd><mi>a</mi><mo>=</mo><mi>b</mi></mtd></mtr></mtable>"##),
    .init(number: 66, tex: ##"\begin{split} L &= a \\ &= b \end{split}"##, display: true, mathML:
        ##"<mtable displaystyle="true"><mtr><mtd style="text-align: right; text-align: -webkit-right; padding-right: 0"><mi>L</mi></mtd><mtd style="text-align: left; text-align: -webkit-left; padding-left: 0"><mo>=</mo><mi>a</mi></mtd></mtr><mtr><mtd style="text-align: right; text-align: -webkit-right; padding-right: 0"></mtd><mtd style="text-align: left; text-align: -webkit-left; padding-left: 0"><mo>=</mo><mi>b</mi></mtd></mtr></mtable>"##),
    .init(number: 67, tex: ##"\begin{multline} a + b \\ + c \\ = d \end{multline}"##, display: true, mathML:
        ##"<mtable displaystyle="true"><mtr><mtd style="text-align: left; text-align: -webkit-left"><mi>a</mi><mo>+</mo><mi>b</mi></mtd></mtr><mtr><mtd><mo form="prefix">+</mo><mi>c</mi></mtd></mtr><mtr><mtd style="text-align: right; text-align: -webkit-right"><mo>=</mo><mi>d</mi></mtd></mtr></mtable>"##),
    .init(number: 68, tex: ##"\begin{equation} E = mc^2 \label{eq-e} \end{equation}"##, display: true, mathML:
        ##"<mrow><mi>E</mi><mo>=</mo><mi>m</mi><msup><mpadded height="0"><mi>c</mi></mpadded><mn>2</mn></msup></mrow>"##),
    .init(number: 69, tex: ##"\begin{equation*} E = mc^2 \end{equation*}"##, display: true, mathML:
        ##"<mrow><mi>E</mi><mo>=</mo><mi>m</mi><msup><mpadded height="0"><mi>c</mi></mpadded><mn>2</mn></msup></mrow>"##),
    .init(number: 70, tex: ##"\begin{dcases} \frac{1}{2} & x > 0 \\ 0 & \text{otherwise} \end{dcases}"##, display: true, mathML:
        ##"<mrow><mo fence="true" stretchy="true">{</mo><mtable displaystyle="true" class="matrix"><mtr><mtd style="text-align: left; text-align: -webkit-left"><mfrac><mn>1</mn><mn>2</mn></mfrac></mtd><mtd style="text-align: left; text-align: -webkit-left"><mi>x</mi><mo>&gt;</mo><mn>0</mn></mtd></mtr><mtr><mtd style="text-align: left; text-align: -webkit-left"><mn>0</mn></mtd><mtd style="text-align: left; text-align: -webkit-left"><mtext>otherwise</mtext></mtd></mtr></mtable></mrow>"##),
    .init(number: 71, tex: ##"\begin{rcases} a & b \end{rcases}"##, mathML:
        ##"<mrow><mtable class="matrix"><mtr><mtd style="text-align: left; text-align: -webkit-left"><mi>a</mi></mtd><mtd style="text-align: left; text-align: -webkit-left"><mi>b</mi></mtd></mtr></mtable><mo fence="true" stretchy="true">}</mo></mrow>"##),
    .init(number: 72, tex: ##"\sum_{\begin{subarray}{l} i \in S \\ j < i \end{subarray}} a_{ij}"##, mathML:
        ##"<msub><mo>∑</mo><mtable><mtr><mtd style="padding: 0; text-align: left; text-align: -webkit-left"><mi>i</mi><mo lspace="0em" rspace="0em">∈</mo><mi>S</mi></mtd></mtr><mtr><mtd style="padding: 0; text-align: left; text-align: -webkit-left"><mi>j</mi><mo lspace="0em" rspace="0em">&lt;</mo><mi>i</mi></mtd></mtr></mtable></msub><msub><mpadded depth="0"><mi>a</mi></mpadded><mrow><mi>i</mi><mi>j</mi></mrow></msub>"##),
    .init(number: 73, tex: ##"\begin{smallmatrix} a & b \\ c & d \end{smallmatrix}"##, mathML:
        ##"<mstyle scriptlevel="1"><mtable><mtr><mtd><mi>a</mi></mtd><mtd><mi>b</mi></mtd></mtr><mtr><mtd><mi>c</mi></mtd><mtd><mi>d</mi></mtd></mtr></mtable></mstyle>"##),
    .init(number: 74, tex: ##"\binom{n}{k} + \dbinom{n}{k} + \tbinom{n}{k}"##, mathML:
        ##"<mrow><mo fence="true" stretchy="true">(</mo><mfrac linethickness="0"><mi>n</mi><mi>k</mi></mfrac><mo fence="true" stretchy="true">)</mo></mrow><mo>+</mo><mrow><mo fence="true" stretchy="true">(</mo><mstyle displaystyle="true"><mfrac linethickness="0"><mi>n</mi><mi>k</mi></mfrac></mstyle><mo fence="true" stretchy="true">)</mo></mrow><mo>+</mo><mrow><mo fence="true" stretchy="true">(</mo><mfrac linethickness="0"><mi>n</mi><mi>k</mi></mfrac><mo fence="true" stretchy="true">)</mo></mrow>"##),
    .init(number: 75, tex: ##"\genfrac{[}{]}{0pt}{}{n}{k}"##, mathML:
        ##"<mrow><mo fence="true" stretchy="true">[</mo><mfrac linethickness="0"><mi>n</mi><mi>k</mi></mfrac><mo fence="true" stretchy="true">]</mo></mrow>"##),
    .init(number: 76, tex: ##"\cfrac{1}{1 + \cfrac{1}{x}}"##, mathML:
        ##"<mstyle displaystyle="true"><mfrac><mstyle displaystyle="true"><mn>1</mn></mstyle><mstyle displaystyle="true"><mn>1</mn><mo>+</mo><mfrac><mstyle displaystyle="true"><mn>1</mn></mstyle><mstyle displaystyle="true"><mi>x</mi></mstyle></mfrac></mstyle></mfrac></mstyle>"##),
    .init(number: 77, tex: ##"\underbrace{a + b}_{n} + \overbrace{c}^{m}"##, display: true, mathML:
        ##"<munder><munder><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow><mo stretchy="true">⏟</mo></munder><mi>n</mi></munder><mo>+</mo><mover><mover><mi>c</mi><mo stretchy="true">⏞</mo></mover><mi>m</mi></mover>"##),
    .init(number: 78, tex: ##"\sum_{\substack{i < n \\ j < m}} x_{ij}"##, display: true, mathML:
        ##"<munder><mo>∑</mo><mtable><mtr><mtd style="padding: 0"><mi>i</mi><mo lspace="0em" rspace="0em">&lt;</mo><mi>n</mi></mtd></mtr><mtr><mtd style="padding: 0"><mi>j</mi><mo lspace="0em" rspace="0em">&lt;</mo><mi>m</mi></mtd></mtr></mtable></munder><msub><mpadded depth="0"><mi>x</mi></mpadded><mrow><mi>i</mi><mi>j</mi></mrow></msub>"##),
    .init(number: 79, tex: ##"\boxed{x = 1}"##, mathML:
        ##"<mrow style="border: 0.05em solid; padding: 0.25em"><mi>x</mi><mo>=</mo><mn>1</mn></mrow>"##),
    .init(number: 80, tex: ##"a \not= b, \not\in, \nleq, \neq, \notin, \nmid"##, mathML:
        ##"<mi>a</mi><mo>≠</mo><mi>b</mi><mo>,</mo><mo>∉</mo><mo>,</mo><mo>≰</mo><mo>,</mo><mo>≠</mo><mo>,</mo><mo>∉</mo><mo>,</mo><mo rspace="0em">∤</mo>"##),
    .init(number: 81, tex: ##"a \succeq b \preceq c \lesssim d \gtrsim e \triangleq f \coloneqq g"##, mathML:
        ##"<mi>a</mi><mo>⪰</mo><mi>b</mi><mo>⪯</mo><mi>c</mi><mo>≲</mo><mi>d</mi><mo>≳</mo><mi>e</mi><mo>≜</mo><mi>f</mi><mo>≔</mo><mi>g</mi>"##),
    .init(number: 82, tex: ##"A \Longrightarrow B \Longleftrightarrow C \hookrightarrow D \rightharpoonup E"##, mathML:
        ##"<mi>A</mi><mo>⟹</mo><mi>B</mi><mo>⟺</mo><mi>C</mi><mo>↪</mo><mi>D</mi><mo>⇀</mo><mi>E</mi>"##),
    .init(number: 83, tex: ##"A \xrightarrow[\text{below}]{f} B \xleftarrow{g} C"##, mathML:
        ##"<mi>A</mi><mspace width="0.2778em"/><munderover><mo stretchy="true">→</mo><mrow><mspace width="0.3em"/><mtext>below</mtext><mspace width="0.3em"/></mrow><mrow><mspace width="0.3em"/><mi>f</mi><mspace width="0.3em"/></mrow></munderover><mspace width="0.2778em"/><mi>B</mi><mspace width="0.2778em"/><mover><mo stretchy="true">←</mo><mrow><mspace width="0.3em"/><mi>g</mi><mspace width="0.3em"/></mrow></mover><mspace width="0.2778em"/><mi>C</mi>"##),
    .init(number: 84, tex: ##"A^\intercal \top \bot"##, mathML:
        ##"<msup><mpadded height="0"><mi>A</mi></mpadded><mo lspace="0em" rspace="0em">⊺</mo></msup><mi>⊤</mi><mi>⊥</mi>"##),
    .init(number: 85, tex: ##"\text{a \textbf{b} \textit{c} \texttt{d} \emph{e}}"##, mathML:
        ##"<mrow><mtext>a </mtext><mtext style="font-weight: bold">b</mtext><mtext> </mtext><mtext style="font-style: italic">c</mtext><mtext> </mtext><mtext style="font-family: monospace">d</mtext><mtext> </mtext><mtext style="font-style: italic">e</mtext></mrow>"##),
    .init(number: 86, tex: ##"a\hspace{1em}b\kern2pt c\mkern18mu d \enspace e"##, mathML:
        ##"<mi>a</mi><mspace width="1em"/><mi>b</mi><mspace width="0.2em"/><mi>c</mi><mspace width="1em"/><mi>d</mi><mspace width="0.5em"/><mi>e</mi>"##),
    .init(number: 87, tex: ##"\phantom{x} \hphantom{y} \vphantom{z} \smash{w}"##, mathML:
        ##"<mphantom><mi>x</mi></mphantom><mpadded height="0" depth="0"><mphantom><mi>y</mi></mphantom></mpadded><mpadded width="0"><mphantom><mi>z</mi></mphantom></mpadded><mpadded height="0" depth="0"><mi>w</mi></mpadded>"##),
    .init(number: 88, tex: ##"\llap{a} \rlap{b} \mathllap{c} \mathrlap{d} \mathclap{e}"##, mathML:
        ##"<mpadded width="0" lspace="-100%"><mtext>a</mtext></mpadded><mpadded width="0"><mtext>b</mtext></mpadded><mpadded width="0" lspace="-100%"><mi>c</mi></mpadded><mpadded width="0"><mi>d</mi></mpadded><mpadded width="0" lspace="-50%"><mi>e</mi></mpadded>"##),
    .init(number: 89, tex: ##"\mathop{X}_{i} \mathrel{R} \mathbin{\#} \mathpunct{;} \mathord{+} \mathinner{x}"##, mathML:
        ##"<msub><mrow><mi>X</mi></mrow><mi>i</mi></msub><mrow><mspace width="0.2778em"/><mi>R</mi><mspace width="0.2778em"/></mrow><mo form="prefix">#</mo><mo>;</mo><mo lspace="0em" rspace="0em">+</mo><mrow><mi>x</mi></mrow>"##),
    .init(number: 90, tex: ##"{\scriptstyle x} {\scriptscriptstyle y}"##, mathML:
        ##"<mstyle displaystyle="false" scriptlevel="1"><mi>x</mi></mstyle><mstyle displaystyle="false" scriptlevel="2"><mi>y</mi></mstyle>"##),
    .init(number: 91, tex: ##"\text{\small a \Large b \tiny c}"##, mathML:
        ##"<mrow><mtext style="font-size: 90%">a </mtext><mtext style="font-size: 144%">b </mtext><mtext style="font-size: 50%">c</mtext></mrow>"##),
    .init(number: 92, tex: ##"\color{red} x + \textcolor{blue}{y} + \colorbox{yellow}{z}"##, mathML:
        ##"<mrow mathcolor="#FF0000"><mi>x</mi><mo>+</mo><mrow mathcolor="#0000FF"><mi>y</mi></mrow><mo>+</mo><mrow mathbackground="#FFFF00" style="padding: 0.25em"><mtext>z</mtext></mrow></mrow>"##),
    .init(number: 93, tex: ##"\rule{1em}{0.5em} \rule[-2pt]{3pt}{1em}"##, mathML:
        ##"<mspace width="1em" height="0.5em" style="background: currentcolor"/><mpadded voffset="-0.2em"><mspace width="0.3em" height="1em" style="background: currentcolor"/></mpadded>"##),
    .init(number: 94, tex: ##"\pmb{x}"##, mathML:
        ##"<mi>𝒙</mi>"##),
    .init(number: 95, tex: ##"\operatorname*{arg\,min}_{\theta} L(\theta)"##, display: true, mathML:
        ##"<munder><mi>arg min</mi><mi>θ</mi></munder><mspace width="0.1667em"/><mi>L</mi><mo stretchy="false">(</mo><mi>θ</mi><mo stretchy="false">)</mo>"##),
    .init(number: 96, tex: ##"\operatorname{ReLU}(x) + \operatorname{\mathbb{E}}"##, mathML:
        ##"<mi>ReLU</mi><mo stretchy="false">(</mo><mi>x</mi><mo stretchy="false">)</mo><mo>+</mo><mrow><mi>𝔼</mi></mrow>"##),
    .init(number: 97, tex: ##"\DeclareMathOperator*{\argmax}{arg\,max} \argmax_x f"##, mathML:
        ##"<msub><mi>arg max</mi><mi>x</mi></msub><mspace width="0.1667em"/><mi>f</mi>"##),
    .init(number: 98, tex: ##"\newcommand{\R}{\mathbb{R}} x \in \R^n"##, mathML:
        ##"<mi>x</mi><mo>∈</mo><msup><mpadded height="0"><mi>ℝ</mi></mpadded><mi>n</mi></msup>"##),
    .init(number: 99, tex: ##"\newcommand{\norm}[1]{\left\|#1\right\|} \norm{x}"##, mathML:
        ##"<mrow><mo fence="true" stretchy="true">‖</mo><mi>x</mi><mo fence="true" stretchy="true">‖</mo></mrow>"##),
    .init(number: 100, tex: ##"\renewcommand{\vec}[1]{\mathbf{#1}} \vec{v}"##, mathML:
        ##"<mi>𝐯</mi>"##),
    .init(number: 101, tex: ##"\def\pair#1#2{(#1, #2)} \pair{a}{b}"##, mathML:
        ##"<mo stretchy="false">(</mo><mi>a</mi><mo>,</mo><mi>b</mi><mo stretchy="false">)</mo>"##),
    .init(number: 102, tex: ##"\newcommand{\E}[2][x]{\mathbb{E}_{#1}[#2]} \E{f} \E[y]{g}"##, mathML:
        ##"<msub><mpadded depth="0"><mi>𝔼</mi></mpadded><mi>x</mi></msub><mo stretchy="false">[</mo><mi>f</mi><mo stretchy="false">]</mo><msub><mpadded depth="0"><mi>𝔼</mi></mpadded><mi>y</mi></msub><mo stretchy="false">[</mo><mi>g</mi><mo stretchy="false">]</mo>"##),
    .init(number: 103, tex: ##"\text{if $x > 0$ and \textbf{bold $y$}}"##, mathML:
        ##"<mrow><mtext>if </mtext><mstyle displaystyle="false" scriptlevel="0"><mi>x</mi><mo>&gt;</mo><mn>0</mn></mstyle><mtext> and </mtext><mrow><mtext style="font-weight: bold">bold </mtext><mstyle displaystyle="false" scriptlevel="0"><mi>y</mi></mstyle></mrow></mrow>"##),
    .init(number: 104, tex: ##"{\mathbf W^{(l+1)}}^\top"##, mathML:
        ##"<msup><mrow><msup><mpadded height="0"><mi>𝐖</mi></mpadded><mrow><mo stretchy="false">(</mo><mi>l</mi><mo lspace="0em" rspace="0em">+</mo><mn>1</mn><mo stretchy="false">)</mo></mrow></msup></mrow><mi>⊤</mi></msup>"##),
    .init(number: 105, tex: ##"x'^2_3 + x_3'^2"##, mathML:
        ##"<msubsup><mpadded height="0" depth="0"><mi>x</mi></mpadded><mn>3</mn><mrow><mo lspace="0em" rspace="0em">′</mo><mn>2</mn></mrow></msubsup><mo>+</mo><msubsup><mpadded height="0" depth="0"><mi>x</mi></mpadded><mn>3</mn><mrow><mo lspace="0em" rspace="0em">′</mo><mn>2</mn></mrow></msubsup>"##),
    .init(number: 106, tex: ##"\not\prec \not\approx \not\vdash"##, mathML:
        ##"<mo lspace="0em">⊀</mo><mo>≉</mo><mo rspace="0em">⊬</mo>"##),
    .init(number: 107, tex: ##"\textcolor[HTML]{0072B2}{x} \color[rgb]{0,0.5,1} y"##, mathML:
        ##"<mrow mathcolor="#0072B2"><mi>x</mi></mrow><mrow mathcolor="#0080FF"><mi>y</mi></mrow>"##),
    .init(number: 108, tex: ##"\text{50\% of $n$ \quad ok}"##, mathML:
        ##"<mrow><mtext>50% of </mtext><mstyle displaystyle="false" scriptlevel="0"><mi>n</mi></mstyle><mtext> </mtext><mspace width="1em"/><mtext>ok</mtext></mrow>"##),
    .init(number: 109, tex: ##"\mathrm{d}x \, \mathit{rate}"##, mathML:
        ##"<mi mathvariant="normal">d</mi><mi>x</mi><mspace width="0.1667em"/><mrow><mi>r</mi><mi>a</mi><mi>t</mi><mi>e</mi></mrow>"##),
    // A fraction is an inner atom, a thin space from the letters beside it (not in scripts).
    .init(number: 110, tex: ##"\tau\frac{dx}{dt} = x^{a\frac{b}{c}}"##, display: true, mathML:
        ##"<mi>τ</mi><mspace width="0.1667em"/><mfrac><mrow><mi>d</mi><mi>x</mi></mrow><mrow><mi>d</mi><mi>t</mi></mrow></mfrac><mo>=</mo><msup><mpadded height="0"><mi>x</mi></mpadded><mrow><mi>a</mi><mfrac><mi>b</mi><mi>c</mi></mfrac></mrow></msup>"##),
]
