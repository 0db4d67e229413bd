/**
 * Domain vocabulary for deciding whether a message is about the course at all. A BM25 score
 * alone cannot tell "what time is it" (a common word the course uses) from a real question, so
 * the gate also asks for a course term: one strong term, or two weaker ones.
 */
import { terms } from "./text";

const termSet = (text: string) => new Set(terms(text));

/** Words that on their own make a message about recurrent networks and their gradients. */
export const STRONG = termSet(
  "gradient gradients vanishing exploding explode lstm rnn gru recurrent bptt backpropagation " +
    "jacobian clipping clip carousel cec gate gates gated forget sigmoid tanh relu residual " +
    "orthogonal singular spectral eigenvalue saturation saturate activation initialization irnn " +
    "truncated truncation hochreiter schmidhuber pascanu bengio gers jozefowicz cho " +
    "shortcut normalization",
);

/**
 * Words the course uses that are also everyday words: two of them make a message on topic.
 * "Derivative" is here, not above: "the derivative of x^2" is calculus homework.
 */
export const WEAK = termSet(
  "network neural weight weights memory sequence training train bias cell norm step steps layer " +
    "hidden loss deep long matrix unit units input output state product multiply chain " +
    "dependency dependencies learn learning model nan overflow update reset candidate threshold " +
    "scale radius fix solve problem paper derivative derivatives path paths",
);

/** Words about the plot beside a lesson: with a lesson in context, "why does it go flat?" is on topic. */
export const PLOT = termSet(
  "plot graph curve curves line lines flat slope drop drops fall falls rise rises go goes " +
    "dashed solid axis log blue orange red green top bottom left right end start shape straight " +
    "zero decay grow grows shrink shrinks disappear",
);

/**
 * Machine-learning topics the course does not teach. A message about them is answered with
 * "not covered" and the nearest lesson, never with an invented explanation.
 */
export const UNCOVERED: ReadonlyMap<string, string> = new Map(
  (
    [
      ["transformer", "transformers"],
      ["transformers", "transformers"],
      ["attention", "attention"],
      ["convolution", "convolutional networks"],
      ["convolutional", "convolutional networks"],
      ["cnn", "convolutional networks"],
      ["cnns", "convolutional networks"],
      ["gan", "GANs"],
      ["gans", "GANs"],
      ["diffusion", "diffusion models"],
      ["bert", "BERT"],
      ["gpt", "GPT models"],
      ["llm", "large language models"],
      ["reinforcement", "reinforcement learning"],
      ["svm", "support vector machines"],
      ["forest", "random forests"],
      ["tree", "decision trees"],
      ["kmeans", "k-means"],
      ["clustering", "clustering"],
      ["dropout", "dropout"],
      ["word2vec", "word embeddings"],
      ["embedding", "embeddings"],
      ["embeddings", "embeddings"],
      ["autoencoder", "autoencoders"],
      ["regression", "regression"],
      ["xgboost", "gradient boosting"],
      ["boosting", "gradient boosting"],
      ["mamba", "state-space models"],
      ["batchnorm", "batch normalisation"],
      ["adam", "optimisers such as Adam and SGD"],
      ["sgd", "optimisers such as Adam and SGD"],
      ["rmsprop", "optimisers such as Adam and SGD"],
      ["adagrad", "optimisers such as Adam and SGD"],
      ["momentum", "optimisers such as Adam and SGD"],
      ["warmup", "learning-rate schedules"],
      ["bidirectional", "bidirectional RNNs"],
      ["ner", "named-entity recognition"],
      ["ctc", "CTC loss"],
      ["beam", "beam search"],
      ["seq2seq", "sequence-to-sequence models"],
      ["encoder", "encoder-decoder models"],
      ["decoder", "encoder-decoder models"],
      ["tokenizer", "tokenisation"],
      ["tokenization", "tokenisation"],
      ["tokenisation", "tokenisation"],
      ["finetuning", "fine-tuning"],
      ["pretraining", "pre-training"],
      ["pretrained", "pre-trained models"],
      ["lora", "fine-tuning"],
      ["rlhf", "reinforcement learning"],
      ["fp16", "mixed-precision training"],
      ["bf16", "mixed-precision training"],
      ["bfloat16", "mixed-precision training"],
      ["amp", "mixed-precision training"],
      ["underflow", "floating-point underflow and mixed-precision training"],
      ["underflowing", "floating-point underflow and mixed-precision training"],
      ["quantization", "quantisation"],
      ["quantisation", "quantisation"],
      ["distillation", "distillation"],
      ["vae", "variational autoencoders"],
      ["gnn", "graph neural networks"],
      ["yolo", "computer vision"],
      ["unet", "computer vision"],
      ["segmentation", "computer vision"],
      ["softmax", "softmax outputs and classification losses"],
      ["perplexity", "language-model evaluation"],
      ["overfitting", "regularisation"],
      ["regularization", "regularisation"],
      ["regularisation", "regularisation"],
      ["ddp", "distributed training"],
      ["fsdp", "distributed training"],
      ["horovod", "distributed training"],
      ["deepspeed", "distributed training"],
    ] as const
  ).map(([word, label]) => [word, label]),
);

/**
 * Neighbouring recurrent and deep-network topics the course never teaches: near enough in words
 * that retrieval finds passages, which would answer a question about something else. A claim
 * about one ("unitary RNNs fix vanishing for good") is about that model, not a course model, so
 * it is declined even when its words match a catalogued misconception.
 */
export const NEIGHBOURS: readonly (readonly [RegExp, string])[] = [
  [
    /\becho[- ]state\b|\breservoir comput\w*|\bliquid[- ]state machine/,
    "echo state networks and reservoir computing",
  ],
  [
    /\bgraph (?:neural|convolution\w*|attention)\b|\bgnns?\b|\bmessage[- ]passing\b|\bover-?smooth\w*/,
    "graph neural networks",
  ],
  [/\bstate[- ]space models?\b|\bs4 (?:model|layer)s?\b/, "state-space models"],
  [/\bneural (?:odes?|ordinary differential)\b/, "neural ODEs"],
  [/\bhopfield\b|\bboltzmann machines?\b/, "Hopfield networks and Boltzmann machines"],
  [/\bspiking (?:neural )?(?:networks?|neurons?)\b/, "spiking neural networks"],
  [/\bunitary (?:rnns?|recurrent|matri\w*|evolution)\b|\burnns?\b/, "unitary RNNs"],
  [/\bindrnn\b|\bindependently recurrent\b/, "IndRNN"],
  [/\bhessian[- ]free\b|\bsecond[- ]order optimi[sz]\w*/, "second-order optimisation"],
  [/\bneural turing machines?\b|\bdifferentiable neural computer\b/, "memory-augmented networks"],
  [/\bteacher forcing\b|\bscheduled sampling\b/, "teacher forcing"],
  [/\bgradient checkpointing\b|\bactivation checkpointing\b/, "gradient checkpointing"],
  [/\bnormali[sz]ing flows?\b/, "normalising flows"],
];

/**
 * Topics beside the course that a learner names together with their LSTM ("the BLEU my lstm
 * gets", "label smoothing for a char-level lstm", "Mamba vs LSTMs"). Naming the course model does
 * not make them course material: no lesson teaches them, and the passages retrieval finds would
 * answer a different question. Metrics and regularisers stay answerable when the question is
 * about gradients through time in the recurrent net; other architectures never do, since
 * comparing one with an LSTM needs the part the course does not teach.
 */
export type NearTopicKind = "architecture" | "metric" | "regulariser";

export const NEAR_TOPICS: readonly (readonly [RegExp, string, NearTopicKind])[] = [
  [/\bstate[- ]space\b|\bmamba\b|\bs4\b/, "state-space models", "architecture"],
  [/\bhyena\b|\brwkv\b/, "RWKV and long-convolution models", "architecture"],
  [
    /\bmixture[- ]of[- ]experts?\b|\bmoe\b|\bexpert routing\b/,
    "mixture-of-experts models",
    "architecture",
  ],
  [/\btransformers?\b|\bself[- ]attention\b/, "transformers", "architecture"],
  [
    /\bbleu\b|\brouge\b|\bmeteor\b|\bcider\b|\bperplexity\b|\bf1(?:[- ]score)?\b|\bprecision and recall\b|\bconfusion matrix\b|\bword error rate\b|\baccuracy (?:metric|score)s?\b|\b(?:evaluation|eval) metrics?\b/,
    "evaluation metrics",
    "metric",
  ],
  [
    /\blabel[- ]smooth\w*|\bweight[- ]decay\b|\bl[12] (?:regulari[sz]\w*|penalty)\b|\badamw\b|\bzoneout\b|\bdropconnect\b|\b(?:variational|recurrent|spatial) dropout\b|\bdropout\b/,
    "regularisation",
    "regulariser",
  ],
];

/** Uncovered topics named in two words ("batch norm"): checked on the normalised message. */
export const UNCOVERED_PHRASES: readonly (readonly [RegExp, string])[] = [
  [/\bbatch[- ]?norm\w*/, "batch normalisation"],
  [/\b(?:mixed|half)[- ]precision\b|\bloss scal\w*/, "mixed-precision training"],
  [/\blearning[- ]rate (?:schedul|warm-?up|decay)\w*/, "learning-rate schedules"],
  [/\bwarm-up\b/, "learning-rate schedules"],
  [
    /\bcovariate\b|\b(?:distribution|domain|dataset) shift\b|\b(?:concept|data) drift\b/,
    "distribution shift",
  ],
  [/\bstock (?:prices?|market)\b|\b(?:time[- ]series )?forecast\w*/, "time-series forecasting"],
  [/\bsentiment (?:analysis|classif\w*)\b/, "sentiment analysis"],
  [/\bhyper-?parameter (?:search|tuning|sweep)s?\b/, "hyperparameter search"],
  [/\bnamed[- ]entit(?:y|ies)\b/, "named-entity recognition"],
  [/\bspeech recognition\b/, "speech recognition"],
  [/\bfine[- ]tun\w*/, "fine-tuning"],
  [/\bpre[- ]train\w*/, "pre-training"],
  [/\b(?:self[- ])?attention\b/, "attention"],
  [/\bobject detection\b|\bimage classification\b/, "computer vision"],
  ...NEIGHBOURS,
  // Beside a question about gradients through time, still declined unless it states a
  // catalogued misconception: "does weight decay help against exploding gradients?" is not taught.
  ...NEAR_TOPICS.map(([re, label]) => [re, label] as const),
  // Where the computation runs, not what it computes: "clip_grad_norm_ across gpus".
  [
    /\b(?:multi[- ]?gpu|(?:across|over|on) (?:\d+ |multiple |several |many |all )?(?:gpus|nodes)|data[- ]parallel\w*|distributed (?:training|data|setup))\b/,
    "distributed training",
  ],
];
