/**
 * Full references cited by the lessons, in one place so every lesson cites them the same way.
 * Checked against the papers themselves; the results each is cited for are listed in
 * lib/content/README.md ("Results the lessons cite").
 */
import type { z } from "zod";
import type { Reference } from "../schema";

type Ref = z.input<typeof Reference>;

export const REF = {
  hochreiter1997: {
    id: "hochreiter-schmidhuber-1997",
    citation:
      "Hochreiter, S., & Schmidhuber, J. (1997). Long Short-Term Memory. Neural Computation, 9(8), 1735–1780.",
    url: "https://doi.org/10.1162/neco.1997.9.8.1735",
  },
  hochreiter1991: {
    id: "hochreiter-1991",
    citation:
      "Hochreiter, S. (1991). Untersuchungen zu dynamischen neuronalen Netzen. Diploma thesis, Institut für Informatik, Technische Universität München.",
  },
  gers2000: {
    id: "gers-schmidhuber-cummins-2000",
    citation:
      "Gers, F. A., Schmidhuber, J., & Cummins, F. (2000). Learning to Forget: Continual Prediction with LSTM. Neural Computation, 12(10), 2451–2471.",
    url: "https://doi.org/10.1162/089976600300015015",
  },
  pascanu2013: {
    id: "pascanu-mikolov-bengio-2013",
    citation:
      "Pascanu, R., Mikolov, T., & Bengio, Y. (2013). On the difficulty of training recurrent neural networks. Proceedings of the 30th International Conference on Machine Learning (ICML), PMLR 28(3), 1310–1318.",
    url: "https://proceedings.mlr.press/v28/pascanu13.html",
  },
  graves2005: {
    id: "graves-schmidhuber-2005",
    citation:
      "Graves, A., & Schmidhuber, J. (2005). Framewise phoneme classification with bidirectional LSTM and other neural network architectures. Neural Networks, 18(5–6), 602–610.",
    url: "https://doi.org/10.1016/j.neunet.2005.06.042",
  },
  jozefowicz2015: {
    id: "jozefowicz-zaremba-sutskever-2015",
    citation:
      "Jozefowicz, R., Zaremba, W., & Sutskever, I. (2015). An Empirical Exploration of Recurrent Network Architectures. Proceedings of the 32nd International Conference on Machine Learning (ICML), PMLR 37, 2342–2350.",
    url: "https://proceedings.mlr.press/v37/jozefowicz15.html",
  },
  he2016: {
    id: "he-zhang-ren-sun-2016",
    citation:
      "He, K., Zhang, X., Ren, S., & Sun, J. (2016). Identity Mappings in Deep Residual Networks. European Conference on Computer Vision (ECCV), LNCS 9908, 630–645.",
    url: "https://arxiv.org/abs/1603.05027",
  },
  le2015: {
    id: "le-jaitly-hinton-2015",
    citation:
      "Le, Q. V., Jaitly, N., & Hinton, G. E. (2015). A Simple Way to Initialize Recurrent Networks of Rectified Linear Units. arXiv:1504.00941.",
    url: "https://arxiv.org/abs/1504.00941",
  },
  bengio1994: {
    id: "bengio-simard-frasconi-1994",
    citation:
      "Bengio, Y., Simard, P., & Frasconi, P. (1994). Learning long-term dependencies with gradient descent is difficult. IEEE Transactions on Neural Networks, 5(2), 157–166.",
    url: "https://doi.org/10.1109/72.279181",
  },
  werbos1990: {
    id: "werbos-1990",
    citation:
      "Werbos, P. J. (1990). Backpropagation through time: what it does and how to do it. Proceedings of the IEEE, 78(10), 1550–1560.",
    url: "https://doi.org/10.1109/5.58337",
  },
  saxe2014: {
    id: "saxe-mcclelland-ganguli-2014",
    citation:
      "Saxe, A. M., McClelland, J. L., & Ganguli, S. (2014). Exact solutions to the nonlinear dynamics of learning in deep linear neural networks. International Conference on Learning Representations (ICLR).",
    url: "https://arxiv.org/abs/1312.6120",
  },
  ba2016: {
    id: "ba-kiros-hinton-2016",
    citation:
      "Ba, J. L., Kiros, J. R., & Hinton, G. E. (2016). Layer Normalization. arXiv:1607.06450.",
    url: "https://arxiv.org/abs/1607.06450",
  },
  williams1990: {
    id: "williams-peng-1990",
    citation:
      "Williams, R. J., & Peng, J. (1990). An efficient gradient-based algorithm for on-line training of recurrent network trajectories. Neural Computation, 2(4), 490–501.",
    url: "https://doi.org/10.1162/neco.1990.2.4.490",
  },
  gers2002: {
    id: "gers-schraudolph-schmidhuber-2002",
    citation:
      "Gers, F. A., Schraudolph, N. N., & Schmidhuber, J. (2002). Learning precise timing with LSTM recurrent networks. Journal of Machine Learning Research, 3, 115–143.",
  },
  greff2017: {
    id: "greff-2017",
    citation:
      "Greff, K., Srivastava, R. K., Koutník, J., Steunebrink, B. R., & Schmidhuber, J. (2017). LSTM: A Search Space Odyssey. IEEE Transactions on Neural Networks and Learning Systems, 28(10), 2222–2232.",
    url: "https://doi.org/10.1109/TNNLS.2016.2582924",
  },
  srivastava2015: {
    id: "srivastava-2015",
    citation:
      "Srivastava, R. K., Greff, K., & Schmidhuber, J. (2015). Training very deep networks. Advances in Neural Information Processing Systems 28.",
  },
  zaremba2014: {
    id: "zaremba-2014",
    citation:
      "Zaremba, W., Sutskever, I., & Vinyals, O. (2014). Recurrent neural network regularization. arXiv:1409.2329.",
    url: "https://arxiv.org/abs/1409.2329",
  },
  sutskever2014: {
    id: "sutskever-2014",
    citation:
      "Sutskever, I., Vinyals, O., & Le, Q. V. (2014). Sequence to sequence learning with neural networks. Advances in Neural Information Processing Systems 27.",
  },
  cho2014: {
    id: "cho-et-al-2014",
    citation:
      "Cho, K., van Merriënboer, B., Gulcehre, C., Bahdanau, D., Bougares, F., Schwenk, H., & Bengio, Y. (2014). Learning Phrase Representations using RNN Encoder–Decoder for Statistical Machine Translation. Proceedings of EMNLP 2014, 1724–1734.",
    url: "https://aclanthology.org/D14-1179/",
  },
  chung2014: {
    id: "chung-et-al-2014",
    citation:
      "Chung, J., Gulcehre, C., Cho, K., & Bengio, Y. (2014). Empirical Evaluation of Gated Recurrent Neural Networks on Sequence Modeling. NIPS 2014 Deep Learning Workshop. arXiv:1412.3555.",
    url: "https://arxiv.org/abs/1412.3555",
  },
} satisfies Record<string, Ref>;
